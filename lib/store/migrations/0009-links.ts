import { sql, type Kysely } from 'kysely';

// Click-to-chat links, the opens they bring and the referrals those opens become, for the
// campaign report (issue 6). One statement per query (see 0001).
const statements = [
  // A link made in the link builder: a short code that leads to the chat with a prefilled text,
  // a product and campaign fields. Disabled links keep their history and answer a friendly page.
  sql`
    create table links (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      code text not null unique check (code ~ '^[A-Za-z0-9]{4,16}$'),
      name text not null check (length(name) between 1 and 100),
      source_type text not null check (source_type in ('ad', 'post', 'link', 'qr')),
      product_id uuid references products (id) on delete set null,
      text text not null default '' check (length(text) <= 1000),
      utm_source text not null default '' check (length(utm_source) <= 100),
      utm_medium text not null default '' check (length(utm_medium) <= 100),
      utm_campaign text not null default '' check (length(utm_campaign) <= 100),
      utm_content text not null default '' check (length(utm_content) <= 100),
      utm_term text not null default '' check (length(utm_term) <= 100),
      ad_id text not null default '' check (length(ad_id) <= 100),
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`create index links_business_recent on links (business_id, created_at desc)`,
  // One arrival at a business's chat through a link (a short link, or a full link with campaign
  // fields), recorded by the server when the page is served. It becomes a referral once the
  // shopper's chat opens with it (conversation_id), and the first message sent after that
  // carries it (message_id). Click ids are stored only at that point, with the conversation.
  sql`
    create table link_opens (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      link_id uuid references links (id) on delete set null,
      source_type text not null check (source_type in ('ad', 'post', 'link', 'qr')),
      source_id text not null default '',
      source_url text not null default '',
      headline text not null default '',
      body text not null default '',
      media_url text not null default '',
      ref text not null default '',
      utm_source text not null default '',
      utm_medium text not null default '',
      utm_campaign text not null default '',
      utm_content text not null default '',
      utm_term text not null default '',
      ad_id text not null default '',
      fbclid text,
      ctwa_clid text,
      conversation_id uuid references conversations (id) on delete set null,
      message_id uuid references messages (id) on delete set null,
      opened_at timestamptz not null default now(),
      attached_at timestamptz
    )
  `,
  sql`create index link_opens_business_time on link_opens (business_id, opened_at)`,
  sql`create index link_opens_conversation on link_opens (conversation_id, attached_at)`,
  sql`create unique index link_opens_message on link_opens (message_id)`,
  // The link list's counts per link.
  sql`create index link_opens_link on link_opens (link_id) where link_id is not null`,
  // The conversation's latest referral (orders sent now keep it) and the one waiting for the
  // shopper's next message to carry it: read with the conversation, so sending costs no lookup.
  sql`
    alter table conversations
      add column current_referral_id uuid references link_opens (id) on delete set null
  `,
  sql`
    alter table conversations
      add column pending_referral_id uuid references link_opens (id) on delete set null
  `,
  // The referral current when an order was sent, and when it was accepted (for the report).
  sql`alter table orders add column referral_id uuid references link_opens (id) on delete set null`,
  sql`alter table orders add column accepted_at timestamptz`,
  sql`
    update orders set accepted_at = updated_at
    where status in ('accepted', 'fulfilled') and accepted_at is null
  `,
  sql`create index orders_referral on orders (referral_id) where referral_id is not null`,
  // The campaign report counts accepted orders by when they were accepted.
  sql`
    create index orders_business_accepted on orders (business_id, accepted_at)
      where accepted_at is not null
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
