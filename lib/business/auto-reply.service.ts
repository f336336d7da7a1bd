// Stores the business's automatic messages: the greeting (first contact, and again after 14 days
// of silence) and the away message (a shopper writes outside business hours, once per 12 hours).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { toMessage } from '../chat/views';
import type { Message } from '../protocol/chat.schema';
import { claimAwayMessage, findBusinessById } from '../store/business.repository';
import {
  appendMessage,
  findMessageById,
  insertNumberedMessage,
  listMessagesBefore,
} from '../store/message.repository';
import type { BusinessRow, ConversationRow, Database } from '../store/schema';
import {
  AWAY_INTERVAL_MS,
  type AutoReplySettings,
  awayText,
  greetingClientId,
  greetingText,
  isAwayDue,
  isSilenceOver,
} from './auto-replies';

/** Stores the greeting that ends the silence after message `afterSeq`, once however often asked. */
async function storeGreeting(
  db: Kysely<Database>,
  conversationId: string,
  afterSeq: number,
  text: string,
): Promise<Message | null> {
  const { row, created } = await appendMessage(db, {
    conversationId,
    clientId: greetingClientId(conversationId, afterSeq),
    sender: 'business',
    agentId: null,
    kind: 'greeting',
    text,
  });
  return created ? toMessage(row) : null;
}

/**
 * The greeting due when a shopper opens the chat: on first contact (`created`) and after 14 days
 * without any message. `due` says one is (now) stored, by this call or a concurrent one, so
 * `conversation` is stale; `stored` is set only when this call stored it, for broadcasting.
 */
export async function greetOnOpen(
  db: Kysely<Database>,
  business: BusinessRow,
  conversation: ConversationRow,
  created: boolean,
  now: Date = new Date(),
): Promise<{ due: boolean; stored: Message | null }> {
  const text = greetingText(business);
  if (!text || (!created && !isSilenceOver(conversation.last_message_at, now))) {
    return { due: false, stored: null };
  }
  return {
    due: true,
    stored: await storeGreeting(db, conversation.id, conversation.last_seq, text),
  };
}

/**
 * When the conversation was last active before `message`: the message before it, or its start.
 * `conversation` was read just before `message` was stored; when nothing came in between, its
 * `last_message_at` is that answer as it stood at send time, without another query.
 */
async function activityBefore(
  db: Kysely<Database>,
  conversation: ConversationRow,
  message: Message,
): Promise<Date> {
  if (conversation.last_seq === message.seq - 1) return conversation.last_message_at;
  const [previous] = await listMessagesBefore(db, conversation.id, message.seq, 1);
  return previous?.created_at ?? conversation.created_at;
}

async function storeAwayMessage(
  db: Kysely<Database>,
  conversationId: string,
  text: string,
  now: Date,
): Promise<Message | null> {
  const dueBefore = new Date(now.getTime() - AWAY_INTERVAL_MS);
  const id = await db.transaction().execute(async (trx) => {
    if (!(await claimAwayMessage(trx, conversationId, now, dueBefore))) return null;
    return insertNumberedMessage(trx, {
      conversationId,
      clientId: randomUUID(),
      sender: 'business',
      agentId: null,
      kind: 'away',
      text,
    });
  });
  return id ? toMessage(await findMessageById(db, id)) : null;
}

/**
 * The automatic answers to a shopper's newly stored message, in the order they were stored: the
 * greeting when this message broke 14 days of silence, then the away message when closed.
 */
export async function replyToShopperMessage(
  db: Kysely<Database>,
  conversation: ConversationRow,
  message: Message,
  now: Date = new Date(),
  loadBusiness: (id: string) => Promise<AutoReplySettings | undefined> = (id) =>
    findBusinessById(db, id),
): Promise<Message[]> {
  const business = await loadBusiness(conversation.business_id);
  if (!business) return [];
  const replies: Message[] = [];
  const greeting = greetingText(business);
  if (greeting) {
    const before = await activityBefore(db, conversation, message);
    if (isSilenceOver(before, new Date(message.createdAt))) {
      const stored = await storeGreeting(db, conversation.id, message.seq - 1, greeting);
      if (stored) replies.push(stored);
    }
  }
  const away = awayText(business, now);
  // away_sent_at only moves forward: when the row read for this message says the away message is
  // not due, claiming it would fail, so the claim's transaction is skipped.
  if (away && isAwayDue(conversation.away_sent_at, now)) {
    const stored = await storeAwayMessage(db, conversation.id, away, now);
    if (stored) replies.push(stored);
  }
  return replies;
}
