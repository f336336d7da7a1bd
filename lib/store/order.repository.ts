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
    /** The conversation's current referral when the order was sent. */
    referralId?: string | null;
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
      referral_id: order.referralId ?? null,
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
    .set({
      status,
      decline_reason: declineReason,
      updated_at: new Date(),
      // When it was accepted, kept through fulfilment: the campaign report counts by it.
      ...(status === 'accepted' && { accepted_at: new Date() }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type OrderListRow = OrderRow & { shopper_id: string; shopper_name: string };

/** One page of a business's orders, newest (highest number) first. */
export function listBusinessOrders(
  db: Executor,
  query: { businessId: string; status?: OrderStatus; before?: number; limit: number },
): Promise<OrderListRow[]> {
  let select = db
    .selectFrom('orders')
    .innerJoin('conversations', 'conversations.id', 'orders.conversation_id')
    .selectAll('orders')
    .select(['conversations.shopper_id', 'conversations.shopper_name'])
    .where('orders.business_id', '=', query.businessId);
  if (query.status) select = select.where('orders.status', '=', query.status);
  if (query.before !== undefined) select = select.where('orders.number', '<', query.before);
  return select.orderBy('orders.number', 'desc').limit(query.limit).execute();
}

/** How many orders of each status the business has, and what they add up to. */
export function sumBusinessOrders(
  db: Executor,
  businessId: string,
): Promise<Array<{ status: OrderStatus; count: number; total: number }>> {
  return db
    .selectFrom('orders')
    .select((eb) => [
      'status',
      eb.fn.countAll<string>().as('count'),
      eb.fn.sum<string>('total').as('total'),
    ])
    .where('business_id', '=', businessId)
    .groupBy('status')
    .execute()
    .then((rows) =>
      rows.map((row) => ({
        status: row.status,
        count: Number(row.count),
        total: Number(row.total),
      })),
    );
}
