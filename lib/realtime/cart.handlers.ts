import { addToCart, getCart, removeCartItem, updateCartItem } from '../cart/cart.service';
import { loadConversationSummary } from '../chat/conversation.service';
import {
  cartAddInput,
  cartGetInput,
  cartRemoveInput,
  cartSendInput,
  cartUpdateInput,
} from '../protocol/commerce.schema';
import type { Cart } from '../protocol/commerce.schema';
import { sendCart } from '../orders/send-cart';
import { defineHandler, type HandlerDefinition } from './handle';
import { rooms, type HandlerContext } from './types';

// Every tab and device of the shopper shows the same cart.
function shareCart({ socket }: HandlerContext, cart: Cart) {
  const identity = socket.data.identity;
  if (identity.role === 'shopper')
    socket.to(rooms.shopper(identity.shopperId)).emit('cart:updated', { cart });
  return { cart };
}

export const cartHandlers: HandlerDefinition[] = [
  defineHandler('cart:get', cartGetInput, async ({ socket, deps }, input) => ({
    cart: await getCart(deps.db, socket.data.identity, input.conversationId),
  })),
  defineHandler('cart:add', cartAddInput, async (context, input) =>
    shareCart(context, await addToCart(context.deps.db, context.socket.data.identity, input)),
  ),
  defineHandler('cart:update', cartUpdateInput, async (context, input) =>
    shareCart(context, await updateCartItem(context.deps.db, context.socket.data.identity, input)),
  ),
  defineHandler('cart:remove', cartRemoveInput, async (context, input) =>
    shareCart(context, await removeCartItem(context.deps.db, context.socket.data.identity, input)),
  ),

  defineHandler('cart:send', cartSendInput, async (context, input) => {
    const { io, socket, deps } = context;
    const { message, cart, created } = await sendCart(deps.db, socket.data.identity, input);
    if (created) {
      // To the sender's socket too: its chat shows the order card, its cart panel only acks.
      io.to(rooms.conversation(input.conversationId)).emit('message:created', { message });
      // The orders view listens on the business room, where order cards do not arrive.
      if (message.order)
        io.to(rooms.business(message.order.businessId)).emit('order:created', {
          order: message.order,
        });
      shareCart(context, cart);
      const summary = await loadConversationSummary(deps.db, input.conversationId, message);
      if (summary)
        io.to(rooms.business(summary.businessId)).emit('conversation:updated', {
          conversation: summary,
        });
    }
    return { message, cart };
  }),
];
