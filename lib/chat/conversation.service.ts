// Opening, joining and listing conversations, and the greeting a shopper gets on first contact.
import type { Kysely } from 'kysely';
import type {
  ConversationSummary,
  ConversationWithMessages,
  Message,
} from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import { greetOnOpen } from '../business/auto-reply.service';
import type { InboxDetails } from '../protocol/inbox.schema';
import { loadInboxDetails, noInboxDetails } from '../inbox/inbox-details';
import type { SocketIdentity } from '../protocol/events';
import { findBusinessBySlug } from '../store/business.repository';
import {
  createConversation,
  findConversation,
  findConversationOf,
  listConversationsOfBusiness,
} from '../store/conversation.repository';
import { countUnread, listMessagesBefore } from '../store/message.repository';
import type { ConversationRow, Database } from '../store/schema';
import { canAccessConversation } from './access';
import { toConversation, toMessage } from './views';

const OPENING_PAGE = 50;

export async function findAccessibleConversation(
  db: Kysely<Database>,
  identity: SocketIdentity,
  conversationId: string,
): Promise<ConversationRow> {
  const conversation = await findConversation(db, conversationId);
  // The same answer for "missing" and "not yours", so ids cannot be probed.
  if (!conversation || !canAccessConversation(identity, conversation)) {
    throw new AppError('FORBIDDEN', 'You cannot access this conversation.');
  }
  return conversation;
}

async function withRecentMessages(
  db: Kysely<Database>,
  conversation: ConversationRow,
): Promise<ConversationWithMessages> {
  const rows = await listMessagesBefore(
    db,
    conversation.id,
    conversation.last_seq + 1,
    OPENING_PAGE,
  );
  return {
    conversation: toConversation(conversation),
    messages: rows.map(toMessage),
    hasEarlier: (rows[0]?.seq ?? 1) > 1,
  };
}

/**
 * The shopper's conversation with a business, created on first contact together with the
 * business's greeting, which is sent again after 14 days of silence (lib/business/auto-replies).
 * `greeting` is set only when this call stored it, for broadcasting.
 */
export async function openShopperConversation(
  db: Kysely<Database>,
  shopperId: string,
  businessSlug: string,
): Promise<ConversationWithMessages & { greeting: Message | null }> {
  const business = await findBusinessBySlug(db, businessSlug);
  if (!business) throw new AppError('NOT_FOUND', 'This business does not exist.');

  const existing = await findConversationOf(db, business.id, shopperId);
  const { row, created } = existing
    ? { row: existing, created: false }
    : await createConversation(db, business.id, shopperId);

  const { due, stored: greeting } = await greetOnOpen(db, business, row, created);
  const conversation = due ? await findConversation(db, row.id) : row;
  return { ...(await withRecentMessages(db, conversation ?? row)), greeting };
}

export async function joinConversation(
  db: Kysely<Database>,
  identity: SocketIdentity,
  conversationId: string,
): Promise<ConversationWithMessages> {
  const conversation = await findAccessibleConversation(db, identity, conversationId);
  return withRecentMessages(db, conversation);
}

export async function summarizeConversation(
  db: Kysely<Database>,
  conversation: ConversationRow,
  lastMessage: Message | null,
  details?: InboxDetails,
): Promise<ConversationSummary> {
  const unreadCount = await countUnread(
    db,
    conversation.id,
    'business',
    conversation.business_read_seq,
  );
  const inbox =
    details ?? (await loadInboxDetails(db, [conversation])).get(conversation.id) ?? noInboxDetails;
  return { ...toConversation(conversation), lastMessage, unreadCount, ...inbox };
}

/** The inbox row of one conversation as it is now; `lastMessage` saves a look-up when known. */
export async function loadConversationSummary(
  db: Kysely<Database>,
  conversationId: string,
  lastMessage?: Message,
): Promise<ConversationSummary | undefined> {
  const row = await findConversation(db, conversationId);
  if (!row) return undefined;
  if (lastMessage) return summarizeConversation(db, row, lastMessage);
  const [last] = await listMessagesBefore(db, row.id, row.last_seq + 1, 1);
  return summarizeConversation(db, row, last ? toMessage(last) : null);
}

export async function listBusinessConversations(
  db: Kysely<Database>,
  businessId: string,
  options: { limit: number; before?: string; labelId?: string; unreadOnly?: boolean },
): Promise<ConversationSummary[]> {
  const { before, ...filters } = options;
  const rows = await listConversationsOfBusiness(db, businessId, {
    ...filters,
    ...(before && { before: new Date(before) }),
  });
  const details = await loadInboxDetails(db, rows);
  return Promise.all(
    rows.map(async (row) => {
      const [last] = await listMessagesBefore(db, row.id, row.last_seq + 1, 1);
      return summarizeConversation(db, row, last ? toMessage(last) : null, details.get(row.id));
    }),
  );
}
