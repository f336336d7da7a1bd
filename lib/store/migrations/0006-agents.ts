import { sql, type Kysely } from 'kysely';

// Agent management and the orders view. One statement per query (see 0001).
const statements = [
  // Removing an agent deletes (and first reads) all of their sessions.
  sql`create index agent_sessions_agent on agent_sessions (agent_id)`,
  // The orders view filters by status and pages by number, newest first.
  sql`create index orders_business_status_number on orders (business_id, status, number desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
