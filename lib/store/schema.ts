// Table types for the typed query layer (Kysely). One schema serves PGlite and PostgreSQL.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface WeeklyHours {
  /** 0 = Sunday … 6 = Saturday; each day a list of [open, close] in "HH:MM", empty when closed. */
  [day: string]: Array<[string, string]>;
}

export interface BusinessTable {
  id: Generated<string>;
  slug: string;
  name: string;
  about: string;
  description: string;
  address: string;
  email: string;
  website: string;
  phone: string;
  avatar_url: string;
  timezone: string;
  hours: Json<WeeklyHours>;
  greeting_enabled: boolean;
  greeting_text: string;
  away_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  away_text: ColumnType<string, string | undefined, string>;
  /** Show shoppers "We're away" above the composer outside business hours. */
  away_banner: ColumnType<boolean, boolean | undefined, boolean>;
  catalog_version: ColumnType<number, number | undefined, number>;
  order_seq: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AgentTable {
  id: Generated<string>;
  business_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  role: 'owner' | 'agent';
  created_at: CreatedAt;
}

export interface AgentSessionTable {
  token_hash: string;
  agent_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface ShopperTable {
  id: string;
  created_at: CreatedAt;
}

export interface CollectionTable {
  id: Generated<string>;
  business_id: string;
  slug: string;
  name: string;
  position: number;
}

export interface ProductOption {
  name: string;
  values: string[];
}

export interface ProductTable {
  id: Generated<string>;
  business_id: string;
  collection_id: string | null;
  sku: string;
  name: string;
  description: string;
  price: number;
  currency: string;
  stock: number;
  options: Json<ProductOption[]>;
  images: Json<string[]>;
  hidden: ColumnType<boolean, boolean | undefined, boolean>;
  position: number;
  updated_at: UpdatedAt;
}

export interface ConversationTable {
  id: Generated<string>;
  business_id: string;
  shopper_id: string;
  last_seq: ColumnType<number, number | undefined, number>;
  shopper_delivered_seq: ColumnType<number, number | undefined, number>;
  shopper_read_seq: ColumnType<number, number | undefined, number>;
  business_delivered_seq: ColumnType<number, number | undefined, number>;
  business_read_seq: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  last_message_at: UpdatedAt;
  /** When the away message was last sent in this conversation; null when never. */
  away_sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The business's own name for the shopper (inbox only); '' when unset. */
  shopper_name: ColumnType<string, string | undefined, string>;
  /** The latest referral attached (orders keep it) and the one the next shopper message carries. */
  current_referral_id: ColumnType<string | null, string | null | undefined, string | null>;
  pending_referral_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Shopper messages with seq above business_read_seq (migration 0010). */
  business_unread_count: ColumnType<number, number | undefined, number>;
}

export type SenderKind = 'shopper' | 'business';
export type MessageKind = 'text' | 'greeting' | 'order' | 'receipt' | 'away';

export interface MessageTable {
  id: Generated<string>;
  conversation_id: string;
  client_id: string;
  seq: number;
  sender: SenderKind;
  agent_id: string | null;
  kind: MessageKind;
  text: string;
  order_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface CartOperationTable {
  conversation_id: string;
  client_id: string;
  created_at: CreatedAt;
}

export interface CartTable {
  conversation_id: string;
  version: ColumnType<number, number | undefined, number>;
  updated_at: UpdatedAt;
}

export type SelectedOptionsRecord = Record<string, string>;

export interface CartItemTable {
  id: Generated<string>;
  conversation_id: string;
  product_id: string;
  option_key: string;
  options: Json<SelectedOptionsRecord>;
  quantity: number;
  added_price: number;
  created_at: CreatedAt;
}

export type OrderStatus = 'pending' | 'accepted' | 'declined' | 'fulfilled' | 'cancelled';

export interface OrderItemSnapshot {
  productId: string;
  sku: string;
  name: string;
  image: string | null;
  options: SelectedOptionsRecord;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  currency: string;
}

export interface OrderTable {
  id: Generated<string>;
  business_id: string;
  conversation_id: string;
  number: number;
  status: ColumnType<OrderStatus, OrderStatus | undefined, OrderStatus>;
  items: Json<OrderItemSnapshot[]>;
  currency: string;
  total: number;
  note: string;
  catalog_version: number;
  decline_reason: string | null;
  /** The referral (link open) current in the conversation when the order was sent. */
  referral_id: ColumnType<string | null, string | null | undefined, string | null>;
  accepted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface LabelTable {
  id: Generated<string>;
  business_id: string;
  name: string;
  color: string;
  created_at: CreatedAt;
}

export interface ConversationLabelTable {
  conversation_id: string;
  label_id: string;
  created_at: CreatedAt;
}

export interface QuickReplyTable {
  id: Generated<string>;
  business_id: string;
  shortcut: string;
  text: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** An uploaded image, re-encoded on the way in; its id never changes, so it caches forever. */
export interface MediaTable {
  id: Generated<string>;
  business_id: string;
  bytes: ColumnType<Uint8Array, Uint8Array, never>;
  content_type: string;
  width: number;
  height: number;
  created_at: CreatedAt;
}

/** A shopper's web push subscription (one per browser); see lib/push. */
export interface PushSubscriptionTable {
  endpoint: string;
  shopper_id: string;
  p256dh: string;
  auth: string;
  expires_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type SourceType = 'ad' | 'post' | 'link' | 'qr';

/** A click-to-chat link made in the link builder (see migration 0009). */
export interface LinkTable {
  id: Generated<string>;
  business_id: string;
  code: string;
  name: string;
  source_type: SourceType;
  product_id: string | null;
  text: ColumnType<string, string | undefined, string>;
  utm_source: ColumnType<string, string | undefined, string>;
  utm_medium: ColumnType<string, string | undefined, string>;
  utm_campaign: ColumnType<string, string | undefined, string>;
  utm_content: ColumnType<string, string | undefined, string>;
  utm_term: ColumnType<string, string | undefined, string>;
  ad_id: ColumnType<string, string | undefined, string>;
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One arrival through a link; a referral once attached to a conversation (see migration 0009). */
export interface LinkOpenTable {
  id: Generated<string>;
  business_id: string;
  link_id: string | null;
  source_type: SourceType;
  source_id: ColumnType<string, string | undefined, string>;
  source_url: ColumnType<string, string | undefined, string>;
  headline: ColumnType<string, string | undefined, string>;
  body: ColumnType<string, string | undefined, string>;
  media_url: ColumnType<string, string | undefined, string>;
  ref: ColumnType<string, string | undefined, string>;
  utm_source: ColumnType<string, string | undefined, string>;
  utm_medium: ColumnType<string, string | undefined, string>;
  utm_campaign: ColumnType<string, string | undefined, string>;
  utm_content: ColumnType<string, string | undefined, string>;
  utm_term: ColumnType<string, string | undefined, string>;
  ad_id: ColumnType<string, string | undefined, string>;
  fbclid: ColumnType<string | null, string | null | undefined, string | null>;
  ctwa_clid: ColumnType<string | null, string | null | undefined, string | null>;
  conversation_id: ColumnType<string | null, string | null | undefined, string | null>;
  message_id: ColumnType<string | null, string | null | undefined, string | null>;
  opened_at: CreatedAt;
  attached_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface Database {
  businesses: BusinessTable;
  agents: AgentTable;
  agent_sessions: AgentSessionTable;
  shoppers: ShopperTable;
  collections: CollectionTable;
  products: ProductTable;
  conversations: ConversationTable;
  messages: MessageTable;
  carts: CartTable;
  cart_operations: CartOperationTable;
  cart_items: CartItemTable;
  orders: OrderTable;
  media: MediaTable;
  labels: LabelTable;
  conversation_labels: ConversationLabelTable;
  quick_replies: QuickReplyTable;
  push_subscriptions: PushSubscriptionTable;
  links: LinkTable;
  link_opens: LinkOpenTable;
}

export type BusinessRow = Selectable<BusinessTable>;
export type NewBusiness = Insertable<BusinessTable>;
export type AgentRow = Selectable<AgentTable>;
export type CollectionRow = Selectable<CollectionTable>;
export type ProductRow = Selectable<ProductTable>;
export type ConversationRow = Selectable<ConversationTable>;
export type MessageRow = Selectable<MessageTable>;
export type OrderRow = Selectable<OrderTable>;
export type CartItemRow = Selectable<CartItemTable>;
export type MediaRow = Selectable<MediaTable>;
export type LabelRow = Selectable<LabelTable>;
export type QuickReplyRow = Selectable<QuickReplyTable>;
export type PushSubscriptionRow = Selectable<PushSubscriptionTable>;
export type LinkRow = Selectable<LinkTable>;
export type LinkOpenRow = Selectable<LinkOpenTable>;
