// Delivers a business's outbox over the connected socket: each entry as its protocol event, with
// the client id it was queued with, then reads the cart back so the server's cart is what shows.
import type { Message } from '../../protocol/chat.schema';
import type { Cart } from '../../protocol/commerce.schema';
import { request, RequestError } from '../request';
import type { ClientSocket } from '../socket';
import { lineFor } from './local-cart';
import type { FlushOutcome } from './outbox';
import type { OutboxEntry } from './outbox-entry';
import type { OfflineSession } from './session';

export interface FlushTarget {
  socket: ClientSocket;
  conversationId: string;
  /** A queued message or order was stored: add it to the conversation. */
  delivered(message: Message): void;
  /** A queued message or order was refused for good: show it failed. */
  failed(entry: OutboxEntry): void;
}

interface Delivered {
  message?: Message;
  cart?: Cart;
}

export async function flushOutbox(
  session: OfflineSession,
  target: FlushTarget,
): Promise<FlushOutcome> {
  const { socket, conversationId } = target;
  // Device-only line ids, once their add reached the server, map to the server's line ids.
  const lineIds = new Map<string, string>();
  let touchedCart = false;
  let cartChanged = false;

  async function send(entry: OutboxEntry): Promise<Delivered> {
    // socket.io would buffer an emit made while disconnected and send it again on reconnect,
    // beside this flush's own retry: leave the entry queued instead.
    if (!socket.connected) throw new Error('offline');
    const operation = entry.operation;
    if (operation.kind !== 'message') touchedCart = true;
    switch (operation.kind) {
      case 'message':
        return request(socket, 'message:send', {
          conversationId,
          clientId: operation.clientId,
          text: operation.text,
        });
      case 'cart-send':
        return request(socket, 'cart:send', {
          conversationId,
          clientId: operation.clientId,
          cartVersion: operation.cartVersion,
          catalogVersion: operation.catalogVersion,
          ...(operation.note && { note: operation.note }),
        });
      case 'cart-add': {
        const { cart } = await request(socket, 'cart:add', {
          conversationId,
          // The server applies an add with this id once, so a replay after a lost ack is safe.
          clientId: entry.id,
          productId: operation.productId,
          options: operation.options,
          quantity: operation.quantity,
        });
        const line = lineFor(cart, operation.productId, operation.options);
        if (operation.lineId && line) lineIds.set(operation.lineId, line.id);
        return { cart };
      }
      case 'cart-update':
        return request(socket, 'cart:update', {
          conversationId,
          itemId: lineIds.get(operation.itemId) ?? operation.itemId,
          quantity: operation.quantity,
        });
      case 'cart-remove':
        try {
          return await request(socket, 'cart:remove', {
            conversationId,
            itemId: lineIds.get(operation.itemId) ?? operation.itemId,
          });
        } catch (error) {
          // Already gone (another tab, or the business removed it): what the shopper wanted.
          if (error instanceof RequestError && error.body.code === 'NOT_FOUND') return {};
          throw error;
        }
    }
  }

  const outcome = await session.outbox.flush(send, {
    delivered(entry, result) {
      if (result.message) target.delivered(result.message);
      if (result.cart) session.signalCart({ cart: result.cart, authoritative: false });
      session.signalOutboxChange();
    },
    failed(entry, failure) {
      if (entry.operation.kind === 'message' || entry.operation.kind === 'cart-send')
        target.failed(entry);
      if (failure.code === 'CART_CHANGED') cartChanged = true;
      session.signalOutboxChange();
    },
  });

  if (touchedCart && socket.connected) {
    // Whatever was replayed or refused, the server's cart is the truth from here on.
    const { cart } = await request(socket, 'cart:get', { conversationId }).catch(() => ({
      cart: null,
    }));
    if (cart) session.signalCart({ cart, authoritative: true, changed: cartChanged });
  }
  return outcome;
}
