// The last known conversation, catalog and cart per business, so a reopened app shows them at once
// and with no network. The server stays the authority: whatever it answers replaces these copies.
import type { Cart, Catalog } from '../../protocol/commerce.schema';
import { rememberLastChat } from '../pwa/last-chat';
import type { CachedConversation, OfflineDatabase } from './db';

/** Enough history to read back a while offline, small enough to write on every change. */
export const MAX_CACHED_MESSAGES = 200;

export class DeviceCache {
  constructor(
    private readonly db: OfflineDatabase,
    readonly businessSlug: string,
  ) {}

  loadConversation(): Promise<CachedConversation | undefined> {
    return this.db.get('conversations', this.businessSlug);
  }

  async saveConversation(record: Omit<CachedConversation, 'businessSlug'>): Promise<void> {
    const messages = record.messages.slice(-MAX_CACHED_MESSAGES);
    const dropped = messages.length < record.messages.length;
    await this.db.put('conversations', {
      ...record,
      businessSlug: this.businessSlug,
      messages,
      hasEarlier: record.hasEarlier || dropped,
    });
    rememberLastChat(this.businessSlug);
  }

  loadCatalog(): Promise<Catalog | undefined> {
    return this.db.get('catalogs', this.businessSlug);
  }

  async saveCatalog(catalog: Catalog): Promise<void> {
    await this.db.put('catalogs', catalog);
  }

  async loadCart(): Promise<Cart | undefined> {
    return (await this.db.get('carts', this.businessSlug))?.cart;
  }

  async saveCart(cart: Cart): Promise<void> {
    await this.db.put('carts', { businessSlug: this.businessSlug, cart });
  }
}
