import type { Order, OrderListItem } from '../protocol/commerce.schema';
import type { OrderListRow } from '../store/order.repository';
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

/** A row of the orders view: the order, whose shopper it is, and how many pieces it holds. */
export function toOrderListItem(row: OrderListRow): OrderListItem {
  return {
    ...toOrder(row),
    shopperId: row.shopper_id,
    shopperName: row.shopper_name || null,
    itemCount: row.items.reduce((count, item) => count + item.quantity, 0),
  };
}
