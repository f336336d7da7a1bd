import { sql, type Kysely } from 'kysely';

// One statement per query: PGlite runs parameterised queries as prepared statements, one at a time.
const statements = [
  sql`
    create table businesses (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$'),
      name text not null check (length(name) between 1 and 80),
      about text not null default '' check (length(about) <= 139),
      description text not null default '',
      address text not null default '',
      email text not null default '',
      website text not null default '',
      phone text not null default '',
      avatar_url text not null default '',
      timezone text not null default 'Asia/Jakarta',
      hours jsonb not null default '{}',
      greeting_enabled boolean not null default true,
      greeting_text text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    create table agents (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      email text not null unique,
      display_name text not null default '',
      password_hash text not null,
      role text not null check (role in ('owner', 'agent')),
      created_at timestamptz not null default now()
    )
  `,
  sql`
    create table agent_sessions (
      token_hash text primary key,
      agent_id uuid not null references agents (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )
  `,
  sql`
    create table shoppers (
      id uuid primary key,
      created_at timestamptz not null default now()
    )
  `,
  sql`
    create table collections (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      slug text not null,
      name text not null,
      position integer not null default 0,
      unique (business_id, slug)
    )
  `,
  sql`
    create table products (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      collection_id uuid references collections (id) on delete set null,
      sku text not null,
      name text not null,
      description text not null default '',
      price integer not null check (price >= 0),
      currency text not null default 'IDR',
      stock integer not null default 0 check (stock >= 0),
      options jsonb not null default '[]',
      images jsonb not null default '[]',
      hidden boolean not null default false,
      position integer not null default 0,
      updated_at timestamptz not null default now(),
      unique (business_id, sku)
    )
  `,
  sql`
    create table conversations (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      shopper_id uuid not null references shoppers (id) on delete cascade,
      last_seq integer not null default 0,
      shopper_delivered_seq integer not null default 0,
      shopper_read_seq integer not null default 0,
      business_delivered_seq integer not null default 0,
      business_read_seq integer not null default 0,
      created_at timestamptz not null default now(),
      last_message_at timestamptz not null default now(),
      unique (business_id, shopper_id)
    )
  `,
  sql`
    create index conversations_business_recent on conversations (business_id, last_message_at desc)
  `,
  sql`
    create table messages (
      id uuid primary key default gen_random_uuid(),
      conversation_id uuid not null references conversations (id) on delete cascade,
      client_id uuid not null,
      seq integer not null check (seq > 0),
      sender text not null check (sender in ('shopper', 'business')),
      agent_id uuid references agents (id) on delete set null,
      kind text not null check (kind in ('text', 'greeting')),
      text text not null check (length(text) <= 4096),
      created_at timestamptz not null default now(),
      unique (conversation_id, seq),
      unique (conversation_id, client_id)
    )
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
