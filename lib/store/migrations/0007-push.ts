import { sql, type Kysely } from 'kysely';

// Web push subscriptions of shoppers. One statement per query (see 0001).
const statements = [
  // The endpoint is the browser's own capability URL: one row per endpoint, whoever holds it last.
  sql`
    create table push_subscriptions (
      endpoint text primary key check (length(endpoint) <= 2048),
      shopper_id uuid not null references shoppers (id) on delete cascade,
      p256dh text not null,
      auth text not null,
      expires_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  // A reply notifies every device of the conversation's shopper.
  sql`create index push_subscriptions_shopper on push_subscriptions (shopper_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
