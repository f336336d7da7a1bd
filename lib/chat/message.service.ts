// Sending, syncing and paging messages, and moving delivery and read receipts.
import type { Kysely } from 'kysely';
import type {
  Message,
  MessageHistoryInput,
  MessagePage,
  MessageSendInput,
  MessageSyncInput,
  Receipts,
  ReceiptUpdateInput,
} from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import type { SocketIdentity } from '../protocol/events';
import { advanceReceipts } from '../store/conversation.repository';
import { messageBatcherFor, type BatchExtras } from '../store/message-batcher';
import { listMessagesAfter, listMessagesBefore } from '../store/message.repository';
import type { ConversationRow, Database } from '../store/schema';
import { sideOf } from './access';
import { findAccessibleConversation } from './conversation.service';
import { toMessage, toReceipts } from './views';

/** A sent message; for a new one, its conversation after its batch and just before it. */
export type SentMessage =
  | {
      message: Message;
      created: true;
      conversation: ConversationRow;
      before: ConversationRow;
      extras: BatchExtras;
    }
  | { message: Message; created: false };

/**
 * Stores a message through the store's batcher (lib/store/message-batcher.ts): the messages of a
 * tick are numbered and stored together, and a shopper's message carries a pending referral
 * (issue 6) there too. `joined`: this socket opened or joined the conversation, so access was
 * checked then (a conversation's shopper and business never change); otherwise it is looked up.
 * The batch checks the author again against the row it updates.
 */
export async function sendMessage(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: MessageSendInput,
  joined = false,
): Promise<SentMessage> {
  if (!joined) await findAccessibleConversation(db, identity, input.conversationId);
  const sender = sideOf(identity);
  const outcome = await messageBatcherFor(db).submit({
    conversationId: input.conversationId,
    clientId: input.clientId,
    sender,
    agentId: identity.role === 'agent' ? identity.agentId : null,
    agentName: identity.role === 'agent' ? identity.agentName : null,
    kind: 'text',
    text: input.text,
    author:
      identity.role === 'shopper'
        ? { shopperId: identity.shopperId }
        : { businessId: identity.businessId },
  });
  // The same answer for "missing" and "not yours", so ids cannot be probed.
  if (!outcome.stored) throw new AppError('FORBIDDEN', 'You cannot access this conversation.');
  const { row } = outcome;
  const sameAuthor =
    row.sender === sender && (identity.role !== 'agent' || row.agent_id === identity.agentId);
  if (!sameAuthor || row.kind !== 'text' || (!outcome.created && row.text !== input.text)) {
    throw new AppError('CONFLICT', 'This message id was already used for another message.');
  }
  const message = toMessage(row);
  return outcome.created
    ? {
        message,
        created: true,
        conversation: outcome.conversation,
        before: outcome.before,
        extras: outcome.extras,
      }
    : { message, created: false };
}

export async function syncMessages(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: MessageSyncInput,
): Promise<MessagePage> {
  await findAccessibleConversation(db, identity, input.conversationId);
  const rows = await listMessagesAfter(db, input.conversationId, input.afterSeq, input.limit + 1);
  return {
    messages: rows.slice(0, input.limit).map(toMessage),
    hasMore: rows.length > input.limit,
  };
}

export async function listEarlierMessages(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: MessageHistoryInput,
): Promise<MessagePage> {
  await findAccessibleConversation(db, identity, input.conversationId);
  const rows = await listMessagesBefore(db, input.conversationId, input.beforeSeq, input.limit);
  return { messages: rows.map(toMessage), hasMore: (rows[0]?.seq ?? 1) > 1 };
}

/** Records how far the caller's side has received and read; returns the receipts after the change. */
export async function updateReceipts(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: ReceiptUpdateInput,
): Promise<{ receipts: Receipts; changed: boolean }> {
  const before = await findAccessibleConversation(db, identity, input.conversationId);
  const marks = {
    ...(input.deliveredSeq !== undefined && { deliveredSeq: input.deliveredSeq }),
    ...(input.readSeq !== undefined && { readSeq: input.readSeq }),
  };
  const after = await advanceReceipts(db, before.id, sideOf(identity), marks);
  if (!after) throw new AppError('FORBIDDEN', 'You cannot access this conversation.');
  const receipts = toReceipts(after);
  const changed = JSON.stringify(receipts) !== JSON.stringify(toReceipts(before));
  return { receipts, changed };
}
