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
import { handle } from './handle';
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

export function registerPushHandlers(context: HandlerContext): void {
  const { socket, deps } = context;
  const identity = socket.data.identity;

  handle(context, 'push:key', pushKeyInput, async () => ({
    publicKey: requirePush(deps).publicKey,
  }));

  handle(context, 'push:subscribe', pushSubscribeInput, async (input) => {
    const shopperId = requireShopper(identity);
    await requirePush(deps).subscribe(deps.db, shopperId, input);
    return { endpoint: input.endpoint };
  });

  handle(context, 'push:unsubscribe', pushUnsubscribeInput, async (input) => {
    const shopperId = requireShopper(identity);
    return { removed: await requirePush(deps).unsubscribe(deps.db, shopperId, input.endpoint) };
  });

  // Kept on the socket, not in the store: it lives exactly as long as the connection.
  handle(context, 'presence:update', presenceUpdateInput, async (input) => {
    socket.data.visible = input.visible;
    return null;
  });
}

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
