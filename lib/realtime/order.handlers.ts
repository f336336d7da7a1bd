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
import { handle } from './handle';
import { notifyShopper } from './push.handlers';
import { rooms, type HandlerContext } from './types';

export function registerOrderHandlers(context: HandlerContext): void {
  const { io, socket, deps } = context;
  const identity = socket.data.identity;

  // The card changes status on both sides, and every agent's inbox hears of it.
  const announce = async (order: Order, receipt?: Message) => {
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
  };

  // The orders view: agents only, and only their own business's orders.
  handle(context, 'order:list', orderListInput, async (input) =>
    listOrders(deps.db, requireAgentIdentity(identity).businessId, input),
  );

  handle(context, 'order:accept', orderActionInput, async (input) => {
    const { order, receipt } = await acceptOrder(deps.db, identity, input.orderId);
    return announce(order, receipt);
  });
  handle(context, 'order:decline', orderDeclineInput, async (input) =>
    announce(await declineOrder(deps.db, identity, input.orderId, input.reason)),
  );
  handle(context, 'order:fulfill', orderActionInput, async (input) =>
    announce(await fulfillOrder(deps.db, identity, input.orderId)),
  );
  handle(context, 'order:cancel', orderActionInput, async (input) =>
    announce(await cancelOrder(deps.db, identity, input.orderId)),
  );
}
