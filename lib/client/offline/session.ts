// One business's offline layer: its device cache, its outbox, and the signals that tell the cart
// what a flush did. Loaded lazily through ./load.
import type { Cart } from '../../protocol/commerce.schema';
import { openOfflineDatabase, type OfflineDatabase } from './db';
import { DeviceCache } from './device-cache';
import { flushOutbox, type FlushTarget } from './flush';
import { emptyLocally } from './local-cart';
import { Outbox, type FlushOutcome } from './outbox';
import type { OutboxEntry } from './outbox-entry';
import { queueCartChange, type CartChange } from './queue-cart-change';

export interface CartSignal {
  cart: Cart;
  /** True for the server's cart read after a flush: it replaces the device's copy whatever its version. */
  authoritative: boolean;
  /** The server refused a queued send because prices or stock moved: show the "updated" notice. */
  changed?: boolean;
}

type Listener<T> = (value: T) => void;

export class OfflineSession {
  readonly cache: DeviceCache;
  readonly outbox: Outbox;
  /** The cart as the shopper last saw it, for a retried send that must carry current versions. */
  latestCart: Cart | null = null;
  private readonly cartListeners = new Set<Listener<CartSignal>>();
  private readonly outboxListeners = new Set<Listener<void>>();
  private flusher: (() => Promise<void>) | null = null;

  constructor(db: OfflineDatabase, businessSlug: string) {
    this.cache = new DeviceCache(db, businessSlug);
    this.outbox = new Outbox(db, businessSlug);
  }

  onCart(listener: Listener<CartSignal>): () => void {
    this.cartListeners.add(listener);
    return () => this.cartListeners.delete(listener);
  }

  signalCart(signal: CartSignal): void {
    for (const listener of this.cartListeners) listener(signal);
  }

  /** Called when entries were added, delivered, failed or deleted. */
  onOutboxChange(listener: Listener<void>): () => void {
    this.outboxListeners.add(listener);
    return () => this.outboxListeners.delete(listener);
  }

  signalOutboxChange(): void {
    for (const listener of this.outboxListeners) listener();
  }

  /** The open chat registers how it flushes (it knows the socket and the conversation). */
  setFlusher(flusher: (() => Promise<void>) | null): void {
    this.flusher = flusher;
  }

  /** Flushes through the open chat, if any: a cart change queued behind others waits its turn. */
  requestFlush(): Promise<void> {
    return this.flusher?.() ?? Promise.resolve();
  }

  /** True while anything waits to be sent: a new send then joins the line instead of overtaking. */
  async hasQueued(): Promise<boolean> {
    return (await this.outbox.list()).some((entry) => entry.status === 'queued');
  }

  /** Cart changes (not sends) the server refused, for the cart panel to offer Retry and Delete. */
  async failedCartChanges(): Promise<OutboxEntry[]> {
    return (await this.outbox.list()).filter(
      ({ status, operation }) =>
        status === 'failed' && operation.kind !== 'message' && operation.kind !== 'cart-send',
    );
  }

  /**
   * Queues the cart's send under `clientId`, to show in the chat as a queued order until the server
   * stores (and prices) it; returns the cart emptied, as the server will leave it.
   */
  async queueCartSend(cart: Cart, clientId: string, note?: string): Promise<Cart> {
    await this.outbox.enqueue(clientId, {
      kind: 'cart-send',
      clientId,
      cartVersion: cart.version,
      catalogVersion: cart.catalogVersion,
      ...(note ? { note } : {}),
      itemCount: cart.itemCount,
      subtotal: cart.subtotal,
      currency: cart.currency,
    });
    this.signalOutboxChange();
    return emptyLocally(cart);
  }

  /** Delivers the queued entries over the connected socket (see ./flush). */
  flush(target: FlushTarget): Promise<FlushOutcome> {
    return flushOutbox(this, target);
  }

  /** Applies a cart change to the device's cart and queues it for the server. */
  queueCartChange(cart: Cart, change: CartChange): Promise<Cart> {
    return queueCartChange(this, cart, change);
  }
}

let database: Promise<OfflineDatabase> | null = null;

export async function openOfflineSession(businessSlug: string): Promise<OfflineSession> {
  database ??= openOfflineDatabase();
  return new OfflineSession(await database, businessSlug);
}

export type { CartChange, FlushTarget };
