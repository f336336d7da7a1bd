// Opening, joining and listing conversations, and the greeting a shopper gets on first contact.
import type { Kysely } from 'kysely';
import type {
  Arrival,
  ConversationSummary,
  ConversationWithMessages,
  Message,
} from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import { greetOnOpen } from '../business/auto-reply.service';
import type { InboxDetails } from '../protocol/inbox.schema';
import { loadInboxDetails, noInboxDetails } from '../inbox/inbox-details';
import { attachArrival, listReferrals, loadCurrentReferrals } from '../links/referral.service';
import type { Referral } from '../protocol/referral.schema';
import type { SocketIdentity } from '../protocol/events';
import { findBusinessBySlug } from '../store/business.repository';
import {
  createConversation,
  findConversation,
  findConversationOf,
  listConversationsOfBusiness,
} from '../store/conversation.repository';
import { listMessagesBefore } from '../store/message.repository';
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
 * `greeting` is set only when this call stored it, for broadcasting. An `arrival` (the link open
 * the shopper landed with) becomes the conversation's referral.
 */
export async function openShopperConversation(
  db: Kysely<Database>,
  shopperId: string,
  businessSlug: string,
  arrival?: Arrival,
): Promise<ConversationWithMessages & { greeting: Message | null }> {
  const business = await findBusinessBySlug(db, businessSlug);
  if (!business) throw new AppError('NOT_FOUND', 'This business does not exist.');

  const existing = await findConversationOf(db, business.id, shopperId);
  const { row, created } = existing
    ? { row: existing, created: false }
    : await createConversation(db, business.id, shopperId);
  if (arrival) await attachArrival(db, row, arrival);

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
  const opened = await withRecentMessages(db, conversation);
  // Where the shopper came from is the business's to know, never the shopper's.
  if (identity.role !== 'agent') return opened;
  return { ...opened, referrals: await listReferrals(db, conversation.id) };
}

export async function summarizeConversation(
  db: Kysely<Database>,
  conversation: ConversationRow,
  lastMessage: Message | null,
  loaded?: { details: InboxDetails; referral: Referral | null },
): Promise<ConversationSummary> {
  // Kept on the row with every message and read mark (migration 0010): no count(*) here.
  const unreadCount = conversation.business_unread_count;
  const inbox =
    loaded?.details ??
    (await loadInboxDetails(db, [conversation])).get(conversation.id) ??
    noInboxDetails;
  const referral = loaded
    ? loaded.referral
    : ((await loadCurrentReferrals(db, [conversation])).get(conversation.id) ?? null);
  return { ...toConversation(conversation), lastMessage, unreadCount, ...inbox, referral };
}

/**
 * Inbox rows of several conversations whose last message and inbox details are known: one look-up
 * of their current referrals in all, none when they have none.
 */
export async function summarizeConversations(
  db: Kysely<Database>,
  entries: Array<{ conversation: ConversationRow; lastMessage: Message; details: InboxDetails }>,
): Promise<ConversationSummary[]> {
  const referrals = await loadCurrentReferrals(
    db,
    entries.map((entry) => entry.conversation),
  );
  return Promise.all(
    entries.map(({ conversation, lastMessage, details }) =>
      summarizeConversation(db, conversation, lastMessage, {
        details,
        referral: referrals.get(conversation.id) ?? null,
      }),
    ),
  );
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
  const [details, referrals] = await Promise.all([
    loadInboxDetails(db, rows),
    loadCurrentReferrals(db, rows),
  ]);
  return Promise.all(
    rows.map(async (row) => {
      const [last] = await listMessagesBefore(db, row.id, row.last_seq + 1, 1);
      return summarizeConversation(db, row, last ? toMessage(last) : null, {
        details: details.get(row.id) ?? noInboxDetails,
        referral: referrals.get(row.id) ?? null,
      });
    }),
  );
}
