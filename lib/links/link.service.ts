// A business's click-to-chat links: made, listed, renamed, disabled and enabled by its agents.
// Every call is scoped to one business: another business's link or product is answered as missing.
import type { Kysely } from 'kysely';
import { AppError } from '../protocol/errors';
import type {
  Link,
  LinkCreateInput,
  LinkList,
  LinkListInput,
  LinkUpdateInput,
} from '../protocol/links.schema';
import { isUniqueViolation } from '../store/errors';
import {
  countLinkActivity,
  findLinkOf,
  insertLink,
  listLinksOf,
  updateLinkOf,
  type LinkWithProduct,
} from '../store/link.repository';
import type { Database } from '../store/schema';
import { generateShortCode } from './short-code';
import { toLink } from './views';

/** A collision among 62^8 codes is rare; several in a row means something else is wrong. */
const CODE_ATTEMPTS = 5;

const missingLink = () => new AppError('NOT_FOUND', 'This link does not exist.');
const missingProduct = () =>
  new AppError('NOT_FOUND', 'This product is not in your catalog.', [
    { path: 'productId', message: 'This product is not in your catalog.' },
  ]);

/** PostgreSQL's foreign key violation: the product was deleted while the link was being made. */
const isForeignKeyViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23503';

async function withActivity(
  db: Kysely<Database>,
  businessId: string,
  rows: LinkWithProduct[],
): Promise<Link[]> {
  const activity = await countLinkActivity(
    db,
    businessId,
    rows.map((row) => row.id),
  );
  const byLink = new Map(activity.map((counts) => [counts.link_id, counts]));
  return rows.map((row) => toLink(row, byLink.get(row.id)));
}

export async function listLinks(
  db: Kysely<Database>,
  businessId: string,
  input: LinkListInput,
): Promise<LinkList> {
  // One row more than asked tells whether another page follows.
  const rows = await listLinksOf(db, businessId, { before: input.before, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  return {
    links: await withActivity(db, businessId, page),
    nextBefore: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function createLink(
  db: Kysely<Database>,
  businessId: string,
  input: LinkCreateInput,
  generateCode: () => string = generateShortCode,
): Promise<Link> {
  let product: { sku: string; name: string } | undefined;
  if (input.productId) {
    product = await db
      .selectFrom('products')
      .select(['sku', 'name'])
      .where('business_id', '=', businessId)
      .where('id', '=', input.productId)
      .executeTakeFirst();
    if (!product) throw missingProduct();
  }
  for (let attempt = 1; ; attempt++) {
    try {
      // One statement: a refused insert leaves nothing behind, so trying again is safe.
      const row = await insertLink(db, {
        business_id: businessId,
        code: generateCode(),
        name: input.name,
        source_type: input.sourceType,
        product_id: input.productId,
        text: input.text,
        utm_source: input.utmSource,
        utm_medium: input.utmMedium,
        utm_campaign: input.utmCampaign,
        utm_content: input.utmContent,
        utm_term: input.utmTerm,
        ad_id: input.adId,
      });
      return toLink({
        ...row,
        product_sku: product?.sku ?? null,
        product_name: product?.name ?? null,
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw missingProduct();
      if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

export async function updateLink(
  db: Kysely<Database>,
  businessId: string,
  input: LinkUpdateInput,
): Promise<Link> {
  const changed = await updateLinkOf(db, businessId, input.linkId, {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.disabled !== undefined && { disabled: input.disabled }),
  });
  if (!changed) throw missingLink();
  const row = await findLinkOf(db, businessId, input.linkId);
  if (!row) throw missingLink();
  const [link] = await withActivity(db, businessId, [row]);
  if (!link) throw missingLink();
  return link;
}
