import { sql, type Kysely } from 'kysely';

// Client ids of cart additions already applied, so a replayed cart:add (an offline outbox flush
// whose ack was lost) adds its quantity once. One statement per query (see 0001).
const statements = [
  sql`
    create table cart_operations (
      conversation_id uuid not null references conversations (id) on delete cascade,
      client_id uuid not null,
      created_at timestamptz not null default now(),
      primary key (conversation_id, client_id)
    )
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
