// Links made in the link builder, with what they brought in, and the look-up of a short code.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, LinkRow } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

/** A link with the product it opens (null when none, or deleted since). */
export type LinkWithProduct = LinkRow & {
  product_sku: string | null;
  product_name: string | null;
};

export interface LinkActivity {
  link_id: string;
  opens: number;
  conversations: number;
  orders: number;
}

export type NewLinkValues = Omit<LinkRow, 'id' | 'disabled_at' | 'created_at' | 'updated_at'>;

function selectLinks(db: Executor) {
  return db
    .selectFrom('links')
    .leftJoin('products', 'products.id', 'links.product_id')
    .selectAll('links')
    .select(['products.sku as product_sku', 'products.name as product_name']);
}

/** Newest first; `before` (a link of this business) starts the page after it. */
export async function listLinksOf(
  db: Executor,
  businessId: string,
  { before, limit }: { before?: string | undefined; limit: number },
): Promise<LinkWithProduct[]> {
  let query = selectLinks(db).where('links.business_id', '=', businessId);
  if (before) {
    const cursor = db
      .selectFrom('links')
      .select(['created_at', 'id'])
      .where('business_id', '=', businessId)
      .where('id', '=', before);
    // An unknown cursor (deleted, or another business's link) compares to null: an empty page.
    query = query.where(sql<boolean>`(links.created_at, links.id) < ${cursor}`);
  }
  return query
    .orderBy('links.created_at', 'desc')
    .orderBy('links.id', 'desc')
    .limit(limit)
    .execute();
}

export function findLinkOf(
  db: Executor,
  businessId: string,
  linkId: string,
): Promise<LinkWithProduct | undefined> {
  return selectLinks(db)
    .where('links.business_id', '=', businessId)
    .where('links.id', '=', linkId)
    .executeTakeFirst();
}

export function insertLink(db: Executor, values: NewLinkValues): Promise<LinkRow> {
  return db.insertInto('links').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateLinkOf(
  db: Executor,
  businessId: string,
  linkId: string,
  changes: { name?: string; disabled?: boolean },
): Promise<boolean> {
  const updated = await db
    .updateTable('links')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      // Disabling an already disabled link keeps the time it was first disabled.
      ...(changes.disabled !== undefined && {
        disabled_at: changes.disabled ? sql<Date>`coalesce(disabled_at, now())` : null,
      }),
      updated_at: sql<Date>`now()`,
    })
    .where('business_id', '=', businessId)
    .where('id', '=', linkId)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/**
 * Opens, conversations and orders of each given link. The business id keeps the scan on the
 * business's own opens (link_opens is indexed by business, not by link).
 */
export async function countLinkActivity(
  db: Executor,
  businessId: string,
  linkIds: string[],
): Promise<LinkActivity[]> {
  if (linkIds.length === 0) return [];
  const rows = await db
    .selectFrom('link_opens')
    .leftJoin('orders', 'orders.referral_id', 'link_opens.id')
    .select((eb) => [
      'link_opens.link_id',
      eb.fn.count<string | number>('link_opens.id').distinct().as('opens'),
      eb.fn.count<string | number>('link_opens.conversation_id').distinct().as('conversations'),
      eb.fn.count<string | number>('orders.id').as('orders'),
    ])
    .where('link_opens.business_id', '=', businessId)
    .where('link_opens.link_id', 'in', linkIds)
    .groupBy('link_opens.link_id')
    .execute();
  return rows.map((row) => ({
    link_id: row.link_id ?? '',
    opens: Number(row.opens),
    conversations: Number(row.conversations),
    orders: Number(row.orders),
  }));
}

/** A short code's link, whatever its business, with the business it leads to. */
export function findLinkByCode(db: Executor, code: string) {
  return db
    .selectFrom('links')
    .innerJoin('businesses', 'businesses.id', 'links.business_id')
    .leftJoin('products', 'products.id', 'links.product_id')
    .selectAll('links')
    .select([
      'businesses.slug as business_slug',
      'businesses.name as business_name',
      'businesses.about as business_about',
      'businesses.avatar_url as business_avatar_url',
      'products.sku as product_sku',
      'products.name as product_name',
      'products.images as product_images',
    ])
    .where('links.code', '=', code)
    .executeTakeFirst();
}
