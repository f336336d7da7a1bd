// The orders view: a business's orders page by page, with counts and sums per status.
import type { Kysely } from 'kysely';
import {
  orderStatusSchema,
  type OrderList,
  type OrderListInput,
  type OrderStatus,
  type OrderTotals,
} from '../protocol/commerce.schema';
import { listBusinessOrders, sumBusinessOrders } from '../store/order.repository';
import type { Database } from '../store/schema';
import { toOrderListItem } from './views';

// Every order is priced from one business's catalog, which is in rupiah.
const CURRENCY = 'IDR';

export async function listOrders(
  db: Kysely<Database>,
  businessId: string,
  input: OrderListInput,
): Promise<OrderList> {
  // One row more than asked tells whether another page follows.
  const [rows, sums] = await Promise.all([
    listBusinessOrders(db, { businessId, ...input, limit: input.limit + 1 }),
    sumBusinessOrders(db, businessId),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    orders: page.map(toOrderListItem),
    totals: tallyTotals(sums),
    nextBefore: rows.length > input.limit && last ? last.number : null,
  };
}

export function tallyTotals(
  sums: ReadonlyArray<{ status: OrderStatus; count: number; total: number }>,
): OrderTotals {
  const byStatus = Object.fromEntries(
    orderStatusSchema.options.map((status) => [status, { count: 0, total: 0 }]),
  ) as OrderTotals['byStatus'];
  const all = { count: 0, total: 0 };
  for (const sum of sums) {
    byStatus[sum.status] = { count: sum.count, total: sum.total };
    all.count += sum.count;
    all.total += sum.total;
  }
  return { all, byStatus, currency: CURRENCY };
}
