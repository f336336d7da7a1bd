// What an agent does with an order: accept (reserving stock and posting a receipt), decline,
// fulfil or cancel. Each step is one transaction on the locked order.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { toMessage } from '../chat/views';
import type { Message } from '../protocol/chat.schema';
import type { Order } from '../protocol/commerce.schema';
import { AppError } from '../protocol/errors';
import type { SocketIdentity } from '../protocol/events';
import { returnStock, takeStock } from '../store/catalog.repository';
import { findMessageById, insertNumberedMessage } from '../store/message.repository';
import { lockOrder, setOrderStatus } from '../store/order.repository';
import type { Database, OrderRow, OrderStatus } from '../store/schema';
import { toOrder } from './views';

type Agent = Extract<SocketIdentity, { role: 'agent' }>;

export function requireAgent(identity: SocketIdentity): Agent {
  if (identity.role !== 'agent')
    throw new AppError('FORBIDDEN', 'Only the business can act on orders.');
  return identity;
}

const STATUS_WORD: Record<OrderStatus, string> = {
  pending: 'pending',
  accepted: 'already accepted',
  declined: 'already declined',
  fulfilled: 'already fulfilled',
  cancelled: 'already cancelled',
};

async function lockOwnOrder(
  trx: Transaction<Database>,
  agent: Agent,
  orderId: string,
  allowed: OrderStatus[],
): Promise<OrderRow> {
  const order = await lockOrder(trx, orderId);
  // The same answer for "missing" and "another business's", so ids cannot be probed.
  if (!order || order.business_id !== agent.businessId)
    throw new AppError('FORBIDDEN', 'You cannot act on this order.');
  if (!allowed.includes(order.status)) {
    throw new AppError('CONFLICT', `Order #${order.number} is ${STATUS_WORD[order.status]}.`);
  }
  return order;
}

export async function acceptOrder(
  db: Kysely<Database>,
  identity: SocketIdentity,
  orderId: string,
): Promise<{ order: Order; receipt: Message }> {
  const agent = requireAgent(identity);
  const { order, receiptId } = await db.transaction().execute(async (trx) => {
    const locked = await lockOwnOrder(trx, agent, orderId, ['pending']);
    for (const item of locked.items) {
      if (!(await takeStock(trx, item.productId, item.quantity))) {
        throw new AppError(
          'OUT_OF_STOCK',
          `Not enough ${item.name} in stock to accept order #${locked.number}.`,
        );
      }
    }
    const accepted = await setOrderStatus(trx, locked.id, 'accepted');
    const id = await insertNumberedMessage(trx, {
      conversationId: locked.conversation_id,
      clientId: randomUUID(),
      sender: 'business',
      agentId: agent.agentId,
      kind: 'receipt',
      text: `Receipt · Order #${locked.number}`,
      orderId: locked.id,
    });
    return { order: accepted, receiptId: id };
  });
  return { order: toOrder(order), receipt: toMessage(await findMessageById(db, receiptId)) };
}

export async function declineOrder(
  db: Kysely<Database>,
  identity: SocketIdentity,
  orderId: string,
  reason?: string,
): Promise<Order> {
  const agent = requireAgent(identity);
  const order = await db.transaction().execute(async (trx) => {
    const locked = await lockOwnOrder(trx, agent, orderId, ['pending']);
    return setOrderStatus(trx, locked.id, 'declined', reason || null);
  });
  return toOrder(order);
}

export async function fulfillOrder(
  db: Kysely<Database>,
  identity: SocketIdentity,
  orderId: string,
): Promise<Order> {
  const agent = requireAgent(identity);
  const order = await db.transaction().execute(async (trx) => {
    const locked = await lockOwnOrder(trx, agent, orderId, ['accepted']);
    return setOrderStatus(trx, locked.id, 'fulfilled');
  });
  return toOrder(order);
}

/** Cancelling an accepted order puts its reserved stock back. */
export async function cancelOrder(
  db: Kysely<Database>,
  identity: SocketIdentity,
  orderId: string,
): Promise<Order> {
  const agent = requireAgent(identity);
  const order = await db.transaction().execute(async (trx) => {
    const locked = await lockOwnOrder(trx, agent, orderId, ['pending', 'accepted']);
    if (locked.status === 'accepted') {
      for (const item of locked.items) await returnStock(trx, item.productId, item.quantity);
    }
    return setOrderStatus(trx, locked.id, 'cancelled');
  });
  return toOrder(order);
}
