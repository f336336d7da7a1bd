import type { Order } from '../protocol/commerce.schema';
import type { OrderRow } from '../store/schema';

export function toOrder(row: OrderRow): Order {
  return {
    id: row.id,
    number: row.number,
    conversationId: row.conversation_id,
    businessId: row.business_id,
    status: row.status,
    items: row.items,
    currency: row.currency,
    total: row.total,
    note: row.note,
    catalogVersion: row.catalog_version,
    declineReason: row.decline_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
