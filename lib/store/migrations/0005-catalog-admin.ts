import { sql, type Kysely } from 'kysely';

// Uploaded images and catalog management. One statement per query (see 0001).
const statements: ReturnType<typeof sql>[] = [];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
