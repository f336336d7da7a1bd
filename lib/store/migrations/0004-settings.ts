import { sql, type Kysely } from 'kysely';

// Business settings: away message, greeting resend, away banner. One statement per query (see 0001).
const statements: ReturnType<typeof sql>[] = [
  sql`alter table businesses add column away_enabled boolean not null default false`,
  sql`
    alter table businesses add column away_text text not null default ''
      check (length(away_text) <= 1000)
  `,
  // Shows shoppers "We're away — we'll reply at …" above the composer outside business hours.
  sql`alter table businesses add column away_banner boolean not null default false`,
  sql`alter table businesses add constraint businesses_greeting_length check (length(greeting_text) <= 1000)`,
  // When the away message was last sent here: claimed with a conditional update, so two
  // messages at once send one away message.
  sql`alter table conversations add column away_sent_at timestamptz`,
  sql`alter table messages drop constraint messages_kind_check`,
  sql`
    alter table messages add constraint messages_kind_check
      check (kind in ('text', 'greeting', 'order', 'receipt', 'away'))
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
