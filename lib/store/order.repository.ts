import type { Kysely, Transaction } from 'kysely';
import type { Database, OrderItemSnapshot, OrderRow, OrderStatus } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

/** The business's next order number and its catalog version, taken in the caller's transaction. */
export function nextOrderNumber(
  trx: Transaction<Database>,
  businessId: string,
): Promise<{ order_seq: number; catalog_version: number }> {
  return trx
    .updateTable('businesses')
    .set((eb) => ({ order_seq: eb('order_seq', '+', 1) }))
    .where('id', '=', businessId)
    .returning(['order_seq', 'catalog_version'])
    .executeTakeFirstOrThrow();
}

export function insertOrder(
  trx: Transaction<Database>,
  order: {
    businessId: string;
    conversationId: string;
    number: number;
    items: OrderItemSnapshot[];
    currency: string;
    total: number;
    note: string;
    catalogVersion: number;
  },
): Promise<OrderRow> {
  return trx
    .insertInto('orders')
    .values({
      business_id: order.businessId,
      conversation_id: order.conversationId,
      number: order.number,
      items: JSON.stringify(order.items),
      currency: order.currency,
      total: order.total,
      note: order.note,
      catalog_version: order.catalogVersion,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findOrder(db: Executor, id: string): Promise<OrderRow | undefined> {
  return db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockOrder(trx: Transaction<Database>, id: string): Promise<OrderRow | undefined> {
  return trx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function setOrderStatus(
  trx: Transaction<Database>,
  id: string,
  status: OrderStatus,
  declineReason: string | null = null,
): Promise<OrderRow> {
  return trx
    .updateTable('orders')
    .set({ status, decline_reason: declineReason, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
