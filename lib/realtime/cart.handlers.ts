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
import { handle } from './handle';
import { rooms, type HandlerContext } from './types';

export function registerCartHandlers(context: HandlerContext): void {
  const { io, socket, deps } = context;
  const identity = socket.data.identity;

  // Every tab and device of the shopper shows the same cart.
  const shareCart = (cart: Cart) => {
    if (identity.role === 'shopper')
      socket.to(rooms.shopper(identity.shopperId)).emit('cart:updated', { cart });
    return { cart };
  };

  handle(context, 'cart:get', cartGetInput, async (input) => ({
    cart: await getCart(deps.db, identity, input.conversationId),
  }));
  handle(context, 'cart:add', cartAddInput, async (input) =>
    shareCart(await addToCart(deps.db, identity, input)),
  );
  handle(context, 'cart:update', cartUpdateInput, async (input) =>
    shareCart(await updateCartItem(deps.db, identity, input)),
  );
  handle(context, 'cart:remove', cartRemoveInput, async (input) =>
    shareCart(await removeCartItem(deps.db, identity, input)),
  );

  handle(context, 'cart:send', cartSendInput, async (input) => {
    const { message, cart, created } = await sendCart(deps.db, identity, input);
    if (created) {
      // To the sender's socket too: its chat shows the order card, its cart panel only acks.
      io.to(rooms.conversation(input.conversationId)).emit('message:created', { message });
      // The orders view listens on the business room, where order cards do not arrive.
      if (message.order)
        io.to(rooms.business(message.order.businessId)).emit('order:created', {
          order: message.order,
        });
      shareCart(cart);
      const summary = await loadConversationSummary(deps.db, input.conversationId, message);
      if (summary)
        io.to(rooms.business(summary.businessId)).emit('conversation:updated', {
          conversation: summary,
        });
    }
    return { message, cart };
  });
}
