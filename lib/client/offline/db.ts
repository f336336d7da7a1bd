// The device's own copy of what a shopper needs with no network: the last conversation with each
// business, its catalog and cart, and the outbox of sends not yet acknowledged. Browser only.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Conversation, Message } from '../../protocol/chat.schema';
import type { Cart, Catalog } from '../../protocol/commerce.schema';
import type { OutboxEntry } from './outbox-entry';

export const DATABASE_NAME = 'obrol';
const DATABASE_VERSION = 1;

export interface CachedConversation {
  businessSlug: string;
  conversation: Conversation;
  /** The latest messages (at most MAX_CACHED_MESSAGES), by seq, with the receipts in `conversation`. */
  messages: Message[];
  hasEarlier: boolean;
}

export interface OfflineSchema extends DBSchema {
  conversations: { key: string; value: CachedConversation };
  catalogs: { key: string; value: Catalog };
  carts: { key: string; value: { businessSlug: string; cart: Cart } };
  outbox: {
    /** An increasing number: the order the shopper sent things in. */
    key: number;
    value: OutboxEntry;
    indexes: { 'by-id': string; 'by-business': string };
  };
}

export type OfflineDatabase = IDBPDatabase<OfflineSchema>;

export function openOfflineDatabase(name = DATABASE_NAME): Promise<OfflineDatabase> {
  return openDB<OfflineSchema>(name, DATABASE_VERSION, {
    upgrade(db) {
      db.createObjectStore('conversations', { keyPath: 'businessSlug' });
      db.createObjectStore('catalogs', { keyPath: 'businessSlug' });
      db.createObjectStore('carts', { keyPath: 'businessSlug' });
      const outbox = db.createObjectStore('outbox', { keyPath: 'position', autoIncrement: true });
      outbox.createIndex('by-id', 'id', { unique: true });
      outbox.createIndex('by-business', 'businessSlug');
    },
  });
}
