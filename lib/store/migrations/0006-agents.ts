import { sql, type Kysely } from 'kysely';

// Agent management and sign-in limits. One statement per query (see 0001).
const statements: ReturnType<typeof sql>[] = [];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
