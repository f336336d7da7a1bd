import { sql, type Kysely } from 'kysely';

// Uploaded images and catalog management. One statement per query (see 0001).
// Images live in the store, not on local disk: every node of a cluster must serve every image.
const statements: ReturnType<typeof sql>[] = [
  sql`
    create table media (
      id uuid primary key default gen_random_uuid(),
      business_id uuid not null references businesses (id) on delete cascade,
      bytes bytea not null,
      content_type text not null check (content_type in ('image/webp')),
      width integer not null check (width > 0),
      height integer not null check (height > 0),
      created_at timestamptz not null default now()
    )
  `,
  sql`create index media_business on media (business_id, created_at desc)`,
  sql`create index cart_items_product on cart_items (product_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
