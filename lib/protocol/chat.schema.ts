// Schemas for the chat events: what a client may send, and the shapes the server answers with.
import { z } from 'zod';
import { orderSchema } from './commerce.schema';
import { inboxDetailsSchema } from './inbox.schema';
import { LINK_PARAM_LIMITS, referralSchema, type Referral } from './referral.schema';
import { isStorable } from './text';

import { MAX_MESSAGE_LENGTH, MAX_PAGE_SIZE } from './limits';

export { MAX_MESSAGE_LENGTH, MAX_PAGE_SIZE };

const id = z.uuid();
const seq = z.int().min(0).max(2_147_483_647);
const pageSize = z.int().min(1).max(MAX_PAGE_SIZE).default(50);

export const messageText = z
  .string()
  .max(MAX_MESSAGE_LENGTH, `A message can be at most ${MAX_MESSAGE_LENGTH} characters.`)
  .refine(isStorable, 'A message cannot contain NUL characters or unpaired surrogates.')
  .transform((text) => text.trim())
  .refine((text) => text.length > 0, 'A message cannot be empty.');

/** The same rule as the businesses.slug check in the store. */
export const businessSlug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'Not a business slug.');

const clickId = z
  .string()
  .regex(
    new RegExp(`^[\\x21-\\x7E]{1,${LINK_PARAM_LIMITS.clickId}}$`),
    `A click id is 1 to ${LINK_PARAM_LIMITS.clickId} printable ASCII characters.`,
  );

/** The link open a shopper landed with, sent once with the first conversation:open after it. */
export const arrivalSchema = z.strictObject({
  openId: id,
  fbclid: clickId.optional(),
  ctwaClid: clickId.optional(),
});

export const conversationOpenInput = z.strictObject({
  businessSlug,
  arrival: arrivalSchema.optional(),
});

export const conversationJoinInput = z.strictObject({ conversationId: id });

export const conversationListInput = z.strictObject({
  limit: pageSize,
  /** ISO time: only conversations whose last activity is before it (for paging). */
  before: z.iso.datetime({ offset: true }).optional(),
  /** Inbox filters: only conversations with this label, only those with unread shopper messages. */
  labelId: id.optional(),
  unreadOnly: z.boolean().optional(),
});

export const messageSendInput = z.strictObject({
  conversationId: id,
  clientId: id,
  text: messageText,
});

export const messageSyncInput = z.strictObject({
  conversationId: id,
  afterSeq: seq,
  limit: pageSize,
});

export const messageHistoryInput = z.strictObject({
  conversationId: id,
  beforeSeq: seq,
  limit: pageSize,
});

export const receiptUpdateInput = z
  .strictObject({
    conversationId: id,
    deliveredSeq: seq.optional(),
    readSeq: seq.optional(),
  })
  .refine((input) => input.deliveredSeq !== undefined || input.readSeq !== undefined, {
    message: 'Give deliveredSeq, readSeq or both.',
  });

export const typingUpdateInput = z.strictObject({
  conversationId: id,
  typing: z.boolean(),
});

export const senderSchema = z.enum(['shopper', 'business']);

export const messageSchema = z.object({
  id,
  clientId: id,
  conversationId: id,
  seq: z.int().positive(),
  sender: senderSchema,
  kind: z.enum(['text', 'greeting', 'order', 'receipt', 'away']),
  text: z.string(),
  /** For order and receipt messages: the order as it is now (its status moves on). */
  order: orderSchema.nullable(),
  agentName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

const sideReceipts = z.object({ deliveredSeq: seq, readSeq: seq });

/** How far each side has received and read the other side's messages. */
export const receiptsSchema = z.object({
  shopper: sideReceipts,
  business: sideReceipts,
});

export const conversationSchema = z.object({
  id,
  businessId: id,
  shopperId: id,
  lastSeq: seq,
  receipts: receiptsSchema,
  createdAt: z.iso.datetime({ offset: true }),
  lastMessageAt: z.iso.datetime({ offset: true }),
});

export const conversationSummarySchema = conversationSchema.extend({
  lastMessage: messageSchema.nullable(),
  unreadCount: z.int().min(0),
  ...inboxDetailsSchema.shape,
  /** The latest referral attached to the conversation (agents only: summaries never reach shoppers). */
  referral: referralSchema.nullable(),
});

export const typingSchema = z.object({
  conversationId: id,
  sender: senderSchema,
  typing: z.boolean(),
  agentName: z.string().nullable(),
});

export type Arrival = z.infer<typeof arrivalSchema>;
export type ConversationOpenInput = z.infer<typeof conversationOpenInput>;
export type ConversationJoinInput = z.infer<typeof conversationJoinInput>;
export type ConversationListInput = z.infer<typeof conversationListInput>;
export type MessageSendInput = z.infer<typeof messageSendInput>;
export type MessageSyncInput = z.infer<typeof messageSyncInput>;
export type MessageHistoryInput = z.infer<typeof messageHistoryInput>;
export type ReceiptUpdateInput = z.infer<typeof receiptUpdateInput>;
export type TypingUpdateInput = z.infer<typeof typingUpdateInput>;
export type Sender = z.infer<typeof senderSchema>;
export type Message = z.infer<typeof messageSchema>;
export type Receipts = z.infer<typeof receiptsSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;
export type Typing = z.infer<typeof typingSchema>;

export interface ConversationWithMessages {
  conversation: Conversation;
  messages: Message[];
  hasEarlier: boolean;
  /** conversation:join by an agent: every referral of the conversation, oldest first. */
  referrals?: Referral[];
}

export interface MessagePage {
  messages: Message[];
  /** For message:sync: more messages follow the last one returned. For history: earlier ones exist. */
  hasMore: boolean;
}
