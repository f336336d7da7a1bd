// Catalog rows as the management page sees them: hidden products and positions included.
import type { AdminCollection, AdminProduct } from '../protocol/catalog-admin.schema';
import type { CollectionRow, ConversationRow, ProductRow } from '../store/schema';
import { toProduct } from './catalog.service';

export function toAdminProduct(row: ProductRow): AdminProduct {
  return {
    ...toProduct(row),
    hidden: row.hidden,
    position: row.position,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toAdminCollection(row: CollectionRow): AdminCollection {
  return { id: row.id, slug: row.slug, name: row.name, position: row.position };
}

/** A cart the change touched: its shopper hears of it; `removed` names lines taken out. */
export interface TouchedCart {
  conversation: ConversationRow;
  removed: string[];
}

/** What a catalog change answers, and what the handler broadcasts after it. */
export interface CatalogChange<T> {
  result: T;
  businessId: string;
  businessSlug: string;
  version: number;
  carts: TouchedCart[];
}
