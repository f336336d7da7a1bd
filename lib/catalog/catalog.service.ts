// The catalog a shopper browses: visible products of one business, grouped by collection.
import type { Kysely } from 'kysely';
import { businessSlug as slugSchema } from '../protocol/chat.schema';
import type { Catalog, Product } from '../protocol/commerce.schema';
import { AppError } from '../protocol/errors';
import { findBusinessBySlug } from '../store/business.repository';
import { listCollections, listVisibleProducts } from '../store/catalog.repository';
import type { Database, ProductRow } from '../store/schema';

export function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    sku: row.sku,
    collectionId: row.collection_id,
    name: row.name,
    description: row.description,
    price: row.price,
    currency: row.currency,
    stock: row.stock,
    options: row.options,
    images: row.images,
  };
}

export async function getCatalog(db: Kysely<Database>, businessSlug: string): Promise<Catalog> {
  const business = slugSchema.safeParse(businessSlug).success
    ? await findBusinessBySlug(db, businessSlug)
    : undefined;
  if (!business) throw new AppError('NOT_FOUND', 'This business does not exist.');
  const [collections, products] = await Promise.all([
    listCollections(db, business.id),
    listVisibleProducts(db, business.id),
  ]);
  return {
    businessSlug: business.slug,
    version: business.catalog_version,
    currency: 'IDR',
    collections: collections.map((c) => ({ id: c.id, slug: c.slug, name: c.name })),
    products: products.map(toProduct),
  };
}
