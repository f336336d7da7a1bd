import { loadConversationSummary } from '../chat/conversation.service';
import { acceptOrder, cancelOrder, declineOrder, fulfillOrder } from '../orders/order-lifecycle';
import type { Message } from '../protocol/chat.schema';
import { listOrders } from '../orders/order-list';
import {
  orderActionInput,
  orderDeclineInput,
  orderListInput,
  type Order,
} from '../protocol/commerce.schema';
import { requireAgentIdentity } from './guards';
import { defineHandler, type HandlerDefinition } from './handle';
import { notifyShopper } from './push.handlers';
import { rooms, type HandlerContext } from './types';

// The card changes status on both sides, and every agent's inbox hears of it.
async function announce(context: HandlerContext, order: Order, receipt?: Message) {
  const { io, deps } = context;
  io.to(rooms.conversation(order.conversationId))
    .to(rooms.business(order.businessId))
    .emit('order:updated', { order });
  if (receipt) {
    io.to(rooms.conversation(order.conversationId)).emit('message:created', { message: receipt });
    notifyShopper(context, receipt);
  }
  // Every status change moves the inbox's pending-order badge.
  const summary = await loadConversationSummary(deps.db, order.conversationId, receipt);
  if (summary)
    io.to(rooms.business(order.businessId)).emit('conversation:updated', {
      conversation: summary,
    });
  return { order };
}

export const orderHandlers: HandlerDefinition[] = [
  // The orders view: agents only, and only their own business's orders.
  defineHandler('order:list', orderListInput, async ({ socket, deps }, input) =>
    listOrders(deps.db, requireAgentIdentity(socket.data.identity).businessId, input),
  ),

  defineHandler('order:accept', orderActionInput, async (context, input) => {
    const identity = context.socket.data.identity;
    const { order, receipt } = await acceptOrder(context.deps.db, identity, input.orderId);
    return announce(context, order, receipt);
  }),
  defineHandler('order:decline', orderDeclineInput, async (context, input) => {
    const identity = context.socket.data.identity;
    return announce(
      context,
      await declineOrder(context.deps.db, identity, input.orderId, input.reason),
    );
  }),
  defineHandler('order:fulfill', orderActionInput, async (context, input) =>
    announce(
      context,
      await fulfillOrder(context.deps.db, context.socket.data.identity, input.orderId),
    ),
  ),
  defineHandler('order:cancel', orderActionInput, async (context, input) =>
    announce(
      context,
      await cancelOrder(context.deps.db, context.socket.data.identity, input.orderId),
    ),
  ),
];
