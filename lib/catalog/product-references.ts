// What a product form names besides itself: its collection, its images and its SKU, each checked
// against the agent's own business.
import type { Transaction } from 'kysely';
import { MEDIA_URL_PATTERN } from '../protocol/catalog-admin.schema';
import { AppError, type PayloadIssue } from '../protocol/errors';
import { listSkusLike } from '../store/catalog.repository';
import { findCollectionOf } from '../store/collection.repository';
import { listOwnMediaIds } from '../store/media.repository';
import type { Database } from '../store/schema';
import { pickUnique, slugify } from './slug';

export function skuTaken(): AppError {
  return new AppError('INVALID_PAYLOAD', 'Another product already uses this SKU.', [
    { path: 'sku', message: 'Another product already uses this SKU.' },
  ]);
}

export async function checkProductReferences(
  trx: Transaction<Database>,
  businessId: string,
  product: { collectionId: string | null; images: string[] },
): Promise<void> {
  if (product.collectionId && !(await findCollectionOf(trx, businessId, product.collectionId))) {
    throw new AppError('NOT_FOUND', 'That collection is not in your catalog.', [
      { path: 'collectionId', message: 'That collection is not in your catalog.' },
    ]);
  }
  const mediaIds = product.images
    .filter((url) => MEDIA_URL_PATTERN.test(url))
    .map((url) => url.slice('/media/'.length));
  const own = await listOwnMediaIds(trx, businessId, mediaIds);
  const issues: PayloadIssue[] = [];
  product.images.forEach((url, index) => {
    if (MEDIA_URL_PATTERN.test(url) && !own.has(url.slice('/media/'.length))) {
      issues.push({
        path: `images.${index}`,
        message: 'Upload this image to your business first.',
      });
    }
  });
  if (issues.length) throw new AppError('INVALID_PAYLOAD', 'Some images are not yours.', issues);
}

/**
 * The SKU to store: the one asked for if no other product has it, or one made from the name.
 * `productId` is the product being edited, whose own SKU does not count as taken.
 */
export async function resolveSku(
  trx: Transaction<Database>,
  businessId: string,
  requested: string,
  name: string,
  productId?: string,
): Promise<string> {
  const base = requested || slugify(name, 'product');
  const taken = (await listSkusLike(trx, businessId, base))
    .filter((row) => row.id !== productId)
    .map((row) => row.sku);
  if (requested) {
    if (taken.includes(requested)) throw skuTaken();
    return requested;
  }
  return pickUnique(base, taken);
}
