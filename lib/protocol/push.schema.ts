// Schemas for web push: subscribing a browser, reporting visibility, and the notification payload.
import { z } from 'zod';

export const MAX_ENDPOINT_LENGTH = 2048;

/** Bytes in a base64url string (padding allowed), or -1 when it is not base64url. */
export function base64UrlByteLength(text: string): number {
  const unpadded = text.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(unpadded) || unpadded.length % 4 === 1) return -1;
  return Math.floor((unpadded.length * 3) / 4);
}

/** The browser's P-256 public key: a 65-byte uncompressed point, whose first byte 0x04 reads "B[A-P]". */
const p256dh = z
  .string()
  .max(100)
  .refine(
    (key) => base64UrlByteLength(key) === 65 && /^B[A-P]/.test(key),
    'p256dh must be a 65-byte uncompressed P-256 public key in base64url.',
  );

const auth = z
  .string()
  .max(32)
  .refine(
    (secret) => base64UrlByteLength(secret) === 16,
    'auth must be a 16-byte secret in base64url.',
  );

/** The shape is checked here; whether the server may POST to it is checked by lib/push/endpoint. */
const endpoint = z
  .string()
  .max(MAX_ENDPOINT_LENGTH)
  .pipe(z.url({ protocol: /^https?$/, error: 'The push endpoint must be an http(s) URL.' }));

export const pushKeyInput = z.strictObject({});

/** PushSubscription.toJSON() from the browser. */
export const pushSubscribeInput = z.strictObject({
  endpoint,
  keys: z.strictObject({ p256dh, auth }),
  /** Milliseconds since 1970, or null when the subscription does not expire. */
  expirationTime: z.int().min(0).max(8_640_000_000_000_000).nullable().optional(),
});

export const pushUnsubscribeInput = z.strictObject({ endpoint });

export const presenceUpdateInput = z.strictObject({ visible: z.boolean() });

/** The JSON the service worker receives in a push event (after decryption). */
export const pushPayloadSchema = z.object({
  /** The business's name. */
  title: z.string(),
  /** The reply's first line, shortened. */
  body: z.string(),
  /** The conversation to open on a tap: /c/<business slug>. */
  url: z.string(),
  /** Notifications with the same tag replace each other: one per conversation. */
  tag: z.string(),
  /** Business messages the shopper has not read, over all conversations: the app badge. */
  unread: z.int().min(0),
});

export type PushSubscribeInput = z.infer<typeof pushSubscribeInput>;
export type PushUnsubscribeInput = z.infer<typeof pushUnsubscribeInput>;
export type PresenceUpdateInput = z.infer<typeof presenceUpdateInput>;
export type PushPayload = z.infer<typeof pushPayloadSchema>;
