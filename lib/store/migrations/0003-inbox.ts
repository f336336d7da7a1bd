import { sql, type Kysely } from 'kysely';

// Labels, quick replies and inbox state. One statement per query (see 0001).
// Names and shortcuts are unique per business regardless of case, so "VIP" and "vip" cannot both
// exist; the limits on count live in lib/inbox, which counts under a lock on the business row.
const statements: ReturnType<typeof sql>[] = [
  sql`
    create table labels (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      name text not null check (length(name) between 1 and 40),
      color text not null,
      created_at timestamptz not null default now()
    )
  `,
  sql`create unique index labels_business_name on labels (business_id, lower(name))`,
  sql`
    create table conversation_labels (
      conversation_id uuid not null references conversations (id) on delete cascade,
      label_id uuid not null references labels (id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (conversation_id, label_id)
    )
  `,
  sql`create index conversation_labels_label on conversation_labels (label_id)`,
  sql`
    create table quick_replies (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      shortcut text not null check (shortcut ~ '^[A-Za-z0-9_-]{1,32}$'),
      text text not null check (length(text) between 1 and 1000),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    create unique index quick_replies_business_shortcut
      on quick_replies (business_id, lower(shortcut))
  `,
  // What the business calls the shopper; never shown to the shopper.
  sql`alter table conversations add column shopper_name text not null default ''`,
  sql`create index orders_conversation_status on orders (conversation_id, status)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
