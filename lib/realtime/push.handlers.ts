// Push events for shoppers: the server's public key, subscribing a browser, and which of their
// windows are visible. Business messages reach hidden shoppers through notifyShopper below.
import type { Message } from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import type { SocketIdentity } from '../protocol/events';
import {
  presenceUpdateInput,
  pushKeyInput,
  pushSubscribeInput,
  pushUnsubscribeInput,
} from '../protocol/push.schema';
import type { PushService } from '../push/push.service';
import { defineHandler, type HandlerDefinition } from './handle';
import type { HandlerContext, RealtimeDeps } from './types';

function requireShopper(identity: SocketIdentity): string {
  if (identity.role !== 'shopper') {
    throw new AppError('FORBIDDEN', 'Only shoppers can subscribe to notifications.');
  }
  return identity.shopperId;
}

function requirePush(deps: RealtimeDeps): PushService {
  if (!deps.push) throw new AppError('NOT_FOUND', 'Notifications are not set up on this server.');
  return deps.push;
}

export const pushHandlers: HandlerDefinition[] = [
  defineHandler('push:key', pushKeyInput, async ({ deps }) => ({
    publicKey: requirePush(deps).publicKey,
  })),

  defineHandler('push:subscribe', pushSubscribeInput, async ({ socket, deps }, input) => {
    const shopperId = requireShopper(socket.data.identity);
    await requirePush(deps).subscribe(deps.db, shopperId, input);
    return { endpoint: input.endpoint };
  }),

  defineHandler('push:unsubscribe', pushUnsubscribeInput, async ({ socket, deps }, input) => {
    const shopperId = requireShopper(socket.data.identity);
    return { removed: await requirePush(deps).unsubscribe(deps.db, shopperId, input.endpoint) };
  }),

  // Kept on the socket, not in the store: it lives exactly as long as the connection.
  defineHandler('presence:update', presenceUpdateInput, async ({ socket }, input) => {
    socket.data.visible = input.visible;
    return null;
  }),
];

/**
 * Pushes a business message to its shopper's devices when none of their windows is visible. Runs
 * after the sender's ack (setImmediate), so a slow push service never holds up a reply.
 */
export function notifyShopper(context: HandlerContext, message: Message): void {
  const { deps, io } = context;
  if (!deps.push || message.sender !== 'business') return;
  const push = deps.push;
  setImmediate(() => {
    push
      .notify(deps.db, io, message)
      .catch((error: unknown) => deps.log?.('push notification failed', error));
  });
}
