// The typed event maps shared by the socket.io server and every client.
import type { Result } from './errors';
import type {
  AdminCatalog,
  AdminCollection,
  AdminProduct,
  CatalogUpdated,
} from './catalog-admin.schema';
import type { BusinessSettings } from './settings.schema';
import type { CampaignReport } from './report.schema';
import type { TeamMember } from './team.schema';
import type { ServerHello } from './hello.schema';
import type { Cart, Order, OrderList } from './commerce.schema';
import type { Label, QuickReply } from './inbox.schema';
import type { Link, LinkList } from './links.schema';
import type {
  ConversationSummary,
  ConversationWithMessages,
  Message,
  MessagePage,
  Receipts,
  Typing,
} from './chat.schema';

export type Ack<T> = (result: Result<T>) => void;

/**
 * Payloads are typed `unknown` on purpose: the server parses every one with the schemas in
 * chat.schema.ts, and types are not validation. Clients use the *Input types from there.
 */
export interface ClientToServerEvents {
  'conversation:open': (payload: unknown, ack: Ack<ConversationWithMessages>) => void;
  'conversation:join': (payload: unknown, ack: Ack<ConversationWithMessages>) => void;
  'conversation:list': (
    payload: unknown,
    ack: Ack<{ conversations: ConversationSummary[] }>,
  ) => void;
  'message:send': (payload: unknown, ack: Ack<{ message: Message }>) => void;
  'message:sync': (payload: unknown, ack: Ack<MessagePage>) => void;
  'message:history': (payload: unknown, ack: Ack<MessagePage>) => void;
  'receipt:update': (payload: unknown, ack: Ack<{ receipts: Receipts }>) => void;
  'typing:update': (payload: unknown, ack?: Ack<null>) => void;
  'cart:get': (payload: unknown, ack: Ack<{ cart: Cart }>) => void;
  'cart:add': (payload: unknown, ack: Ack<{ cart: Cart }>) => void;
  'cart:update': (payload: unknown, ack: Ack<{ cart: Cart }>) => void;
  'cart:remove': (payload: unknown, ack: Ack<{ cart: Cart }>) => void;
  'cart:send': (payload: unknown, ack: Ack<{ message: Message; cart: Cart }>) => void;
  'order:accept': (payload: unknown, ack: Ack<{ order: Order }>) => void;
  'order:decline': (payload: unknown, ack: Ack<{ order: Order }>) => void;
  'order:fulfill': (payload: unknown, ack: Ack<{ order: Order }>) => void;
  'order:cancel': (payload: unknown, ack: Ack<{ order: Order }>) => void;
  'catalog:admin-list': (payload: unknown, ack: Ack<AdminCatalog>) => void;
  'product:create': (
    payload: unknown,
    ack: Ack<{ product: AdminProduct; version: number }>,
  ) => void;
  'product:update': (
    payload: unknown,
    ack: Ack<{ product: AdminProduct; version: number }>,
  ) => void;
  'product:delete': (payload: unknown, ack: Ack<{ productId: string; version: number }>) => void;
  'collection:create': (
    payload: unknown,
    ack: Ack<{ collection: AdminCollection; version: number }>,
  ) => void;
  'collection:update': (
    payload: unknown,
    ack: Ack<{ collection: AdminCollection; version: number }>,
  ) => void;
  'collection:delete': (
    payload: unknown,
    ack: Ack<{ collectionId: string; version: number }>,
  ) => void;
  'collection:reorder': (
    payload: unknown,
    ack: Ack<{ collections: AdminCollection[]; version: number }>,
  ) => void;
  'settings:get': (payload: unknown, ack: Ack<{ settings: BusinessSettings }>) => void;
  'settings:update': (payload: unknown, ack: Ack<{ settings: BusinessSettings }>) => void;
  'order:list': (payload: unknown, ack: Ack<OrderList>) => void;
  /** Agents only: their own business's campaign report for a date range (report.schema.ts). */
  'report:campaigns': (payload: unknown, ack: Ack<{ report: CampaignReport }>) => void;
  'team:list': (payload: unknown, ack: Ack<{ members: TeamMember[] }>) => void;
  'team:add': (payload: unknown, ack: Ack<{ member: TeamMember }>) => void;
  'team:remove': (payload: unknown, ack: Ack<{ agentId: string }>) => void;
  'label:list': (payload: unknown, ack: Ack<{ labels: Label[] }>) => void;
  'label:create': (payload: unknown, ack: Ack<{ label: Label }>) => void;
  'label:update': (payload: unknown, ack: Ack<{ label: Label }>) => void;
  'label:delete': (payload: unknown, ack: Ack<{ labelId: string }>) => void;
  'conversation:label': (payload: unknown, ack: Ack<{ conversation: ConversationSummary }>) => void;
  'conversation:rename': (
    payload: unknown,
    ack: Ack<{ conversation: ConversationSummary }>,
  ) => void;
  'quick-reply:list': (payload: unknown, ack: Ack<{ quickReplies: QuickReply[] }>) => void;
  'quick-reply:create': (payload: unknown, ack: Ack<{ quickReply: QuickReply }>) => void;
  'quick-reply:update': (payload: unknown, ack: Ack<{ quickReply: QuickReply }>) => void;
  'quick-reply:delete': (payload: unknown, ack: Ack<{ quickReplyId: string }>) => void;
  'push:key': (payload: unknown, ack: Ack<{ publicKey: string }>) => void;
  'push:subscribe': (payload: unknown, ack: Ack<{ endpoint: string }>) => void;
  'push:unsubscribe': (payload: unknown, ack: Ack<{ removed: boolean }>) => void;
  'presence:update': (payload: unknown, ack?: Ack<null>) => void;
  'link:list': (payload: unknown, ack: Ack<LinkList>) => void;
  'link:create': (payload: unknown, ack: Ack<{ link: Link }>) => void;
  'link:update': (payload: unknown, ack: Ack<{ link: Link }>) => void;
}

export interface ServerToClientEvents {
  'message:created': (payload: { message: Message }) => void;
  'receipt:updated': (payload: { conversationId: string; receipts: Receipts }) => void;
  'typing:updated': (payload: Typing) => void;
  'conversation:updated': (payload: { conversation: ConversationSummary }) => void;
  /** `removed`: names of products the business took out of this cart (deleted, or options gone). */
  'cart:updated': (payload: { cart: Cart; removed?: string[] }) => void;
  'order:updated': (payload: { order: Order }) => void;
  'catalog:updated': (payload: CatalogUpdated) => void;
  'business:updated': (payload: { settings: BusinessSettings }) => void;
  'order:created': (payload: { order: Order }) => void;
  'team:updated': (payload: { members: TeamMember[] }) => void;
  'labels:updated': (payload: { labels: Label[] }) => void;
  'quick-replies:updated': (payload: { quickReplies: QuickReply[] }) => void;
  /** Sent once on every connection: the server's build and protocol version. */
  'server:hello': (payload: ServerHello) => void;
  /** To the business's agents: a link was made, or renamed, disabled or enabled. */
  'link:created': (payload: { link: Link }) => void;
  'link:updated': (payload: { link: Link }) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InterServerEvents {}

export type SocketIdentity =
  | { role: 'shopper'; shopperId: string }
  | {
      role: 'agent';
      agentId: string;
      businessId: string;
      agentName: string;
      /** Owners manage agents; both roles run the inbox, orders, catalog and settings. */
      agentRole: 'owner' | 'agent';
    };

export interface SocketData {
  identity: SocketIdentity;
  /** For agents: the hashed session the socket was opened with, so signing out can close it. */
  agentSession?: string;
  /** For shoppers: whether this socket's page is visible (presence:update); no push while one is. */
  visible?: boolean;
}

/** What a successful ack of `event` carries in `data`. */
export type AckData<E extends keyof ClientToServerEvents> =
  NonNullable<Parameters<ClientToServerEvents[E]>[1]> extends Ack<infer T> ? T : never;
