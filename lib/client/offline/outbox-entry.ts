// What the outbox holds: one send the shopper made, in the order made, until the server acks it.
import type { ErrorCode } from '../../protocol/errors';
import type { SelectedOptions } from '../../protocol/commerce.schema';

export type OutboxOperation =
  /** `clientId` is the protocol's client message id, kept for every retry. */
  | { kind: 'message'; clientId: string; text: string }
  | {
      kind: 'cart-send';
      clientId: string;
      cartVersion: number;
      catalogVersion: number;
      note?: string;
      /** What the shopper saw when sending, for the queued bubble; the server prices it again. */
      itemCount: number;
      subtotal: number;
      currency: string;
    }
  | {
      kind: 'cart-add';
      productId: string;
      options: SelectedOptions;
      quantity: number;
      /** The product's name, to say which change failed. */
      name: string;
      /**
       * The device-only line this add made (or added to), until the server's cart replaces it;
       * absent when it adds to a line the server already has.
       */
      lineId?: string;
    }
  | { kind: 'cart-update'; itemId: string; quantity: number; name: string }
  | { kind: 'cart-remove'; itemId: string; name: string };

export interface SendFailure {
  code: ErrorCode;
  message: string;
}

export interface OutboxEntry {
  /** Autoincremented by the store: the order of delivery. */
  position?: number;
  /** The client id for messages, carts and cart additions; a fresh id for other cart changes. */
  id: string;
  businessSlug: string;
  createdAt: string;
  status: 'queued' | 'failed';
  failure?: SendFailure;
  operation: OutboxOperation;
}

/** Codes that mean "try again later", not "this send is wrong". */
const RETRYABLE: ReadonlySet<string> = new Set(['INTERNAL', 'RATE_LIMITED', 'UPGRADE_REQUIRED']);

/**
 * The permanent failure in a rejected send, or null when it is worth retrying: no connection,
 * an ack time-out, or a server-side hiccup (PROTOCOL.md §7.2 says to resend with the same id).
 */
export function permanentFailure(error: unknown): SendFailure | null {
  if (typeof error !== 'object' || error === null || !('body' in error)) return null;
  const body = (error as { body?: { code?: unknown; message?: unknown } }).body;
  if (typeof body?.code !== 'string' || RETRYABLE.has(body.code)) return null;
  return {
    code: body.code as ErrorCode,
    message: typeof body.message === 'string' ? body.message : body.code,
  };
}
