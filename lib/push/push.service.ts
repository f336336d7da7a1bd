// Web push for shoppers: storing their browsers' subscriptions, and notifying them of business
// messages while no Obrol window of theirs is visible.
import { ECDH } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Message } from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import type { PushSubscribeInput } from '../protocol/push.schema';
import type { RealtimeServer } from '../realtime/types';
import {
  countShopperUnread,
  deletePushSubscription,
  deleteShopperPushSubscription,
  findPushContext,
  listPushSubscriptions,
  upsertPushSubscription,
} from '../store/push.repository';
import type { Database } from '../store/schema';
import { checkEndpoint, describeEndpoint, EndpointRejected, type ResolveHost } from './endpoint';
import { createLimiter } from './limiter';
import { buildPushPayload } from './payload';
import { hasVisibleWindow } from './presence';
import { sendPush } from './send';
import type { VapidKeys } from './vapid';

const ONE_DAY_SECONDS = 24 * 60 * 60;

/** The schema checked the key's length; a point off the curve would only fail later, at encryption. */
function assertOnCurve(p256dh: string): void {
  try {
    ECDH.convertKey(p256dh, 'prime256v1', 'base64url');
  } catch {
    const message = 'p256dh is not a point on the P-256 curve.';
    throw new AppError('INVALID_PAYLOAD', message, [{ path: 'keys.p256dh', message }]);
  }
}

export interface PushOptions {
  vapid: VapidKeys;
  allowLoopback: boolean;
  log?: (message: string, error?: unknown) => void;
  /** Sends in flight at once over all shoppers; more wait their turn. */
  concurrency?: number;
  timeoutMs?: number;
  resolve?: ResolveHost;
}

export interface PushService {
  readonly publicKey: string;
  subscribe(db: Kysely<Database>, shopperId: string, input: PushSubscribeInput): Promise<void>;
  unsubscribe(db: Kysely<Database>, shopperId: string, endpoint: string): Promise<boolean>;
  /** Resolves when every send for this message has finished; callers need not wait. */
  notify(db: Kysely<Database>, io: RealtimeServer, message: Message): Promise<void>;
}

export function createPushService(options: PushOptions): PushService {
  const policy = { allowLoopback: options.allowLoopback };
  const limit = createLimiter(options.concurrency ?? 8);
  const sendOptions = {
    ...policy,
    vapid: options.vapid,
    ttlSeconds: ONE_DAY_SECONDS,
    timeoutMs: options.timeoutMs ?? 10_000,
  };

  async function deliver(db: Kysely<Database>, endpoint: string, send: () => Promise<number>) {
    try {
      const status = await limit(send);
      // The push service says the subscription is gone for good (RFC 8030 §7.3).
      if (status === 404 || status === 410) await deletePushSubscription(db, endpoint);
      else if (status < 200 || status >= 300) {
        options.log?.(`push to ${describeEndpoint(endpoint)} answered ${status}`);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.log?.(`push to ${describeEndpoint(endpoint)} failed: ${reason}`);
    }
  }

  return {
    publicKey: options.vapid.publicKey,

    async subscribe(db, shopperId, input) {
      assertOnCurve(input.keys.p256dh);
      try {
        await checkEndpoint(input.endpoint, policy, options.resolve);
      } catch (error) {
        if (!(error instanceof EndpointRejected)) throw error;
        throw new AppError('INVALID_PAYLOAD', error.message, [
          { path: 'endpoint', message: error.message },
        ]);
      }
      await upsertPushSubscription(db, {
        shopperId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        expiresAt: input.expirationTime == null ? null : new Date(input.expirationTime),
      });
    },

    unsubscribe: (db, shopperId, endpoint) =>
      deleteShopperPushSubscription(db, shopperId, endpoint),

    async notify(db, io, message) {
      if (message.sender !== 'business') return;
      const context = await findPushContext(db, message.conversationId);
      if (!context) return;
      const subscriptions = await listPushSubscriptions(db, context.shopperId);
      if (subscriptions.length === 0) return;
      if (await hasVisibleWindow(io, context.shopperId)) return;
      const payload = JSON.stringify(
        buildPushPayload({
          ...context,
          conversationId: message.conversationId,
          text: message.text,
          unread: await countShopperUnread(db, context.shopperId),
        }),
      );
      await Promise.all(
        subscriptions.map((subscription) =>
          deliver(db, subscription.endpoint, () => sendPush(subscription, payload, sendOptions)),
        ),
      );
    },
  };
}
