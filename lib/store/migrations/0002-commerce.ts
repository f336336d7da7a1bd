import { sql, type Kysely } from 'kysely';

// Carts, orders, and messages that carry an order. One statement per query (see 0001).
const statements = [
  sql`alter table businesses add column catalog_version integer not null default 1`,
  sql`alter table businesses add column order_seq integer not null default 0`,
  sql`
    create table carts (
      conversation_id uuid primary key references conversations (id) on delete cascade,
      version integer not null default 0,
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    create table cart_items (
      id uuid primary key default gen_random_uuid(),
      conversation_id uuid not null references carts (conversation_id) on delete cascade,
      product_id uuid not null references products (id) on delete cascade,
      option_key text not null,
      options jsonb not null default '{}',
      quantity integer not null check (quantity between 1 and 99),
      added_price integer not null check (added_price >= 0),
      created_at timestamptz not null default now(),
      unique (conversation_id, product_id, option_key)
    )
  `,
  sql`
    create table orders (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      conversation_id uuid not null references conversations (id) on delete cascade,
      number integer not null,
      status text not null default 'pending'
        check (status in ('pending', 'accepted', 'declined', 'fulfilled', 'cancelled')),
      items jsonb not null,
      currency text not null,
      total integer not null check (total >= 0),
      note text not null default '',
      catalog_version integer not null,
      decline_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (business_id, number)
    )
  `,
  sql`create index orders_business_recent on orders (business_id, created_at desc)`,
  sql`alter table messages drop constraint messages_kind_check`,
  sql`
    alter table messages add constraint messages_kind_check
      check (kind in ('text', 'greeting', 'order', 'receipt'))
  `,
  sql`alter table messages add column order_id uuid references orders (id) on delete set null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
