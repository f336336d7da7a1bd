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
import { appendMessage, listMessagesAfter, listMessagesBefore } from '../store/message.repository';
import type { ConversationRow, Database } from '../store/schema';
import { sideOf } from './access';
import { findAccessibleConversation } from './conversation.service';
import { toMessage, toReceipts } from './views';

export async function sendMessage(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: MessageSendInput,
): Promise<{ message: Message; created: boolean; conversation: ConversationRow }> {
  const conversation = await findAccessibleConversation(db, identity, input.conversationId);
  const sender = sideOf(identity);
  const { row, created } = await appendMessage(db, {
    conversationId: conversation.id,
    clientId: input.clientId,
    sender,
    agentId: identity.role === 'agent' ? identity.agentId : null,
    kind: 'text',
    text: input.text,
  });
  const sameAuthor =
    row.sender === sender && (identity.role !== 'agent' || row.agent_id === identity.agentId);
  if (!sameAuthor || row.kind !== 'text' || (!created && row.text !== input.text)) {
    throw new AppError('CONFLICT', 'This message id was already used for another message.');
  }
  return { message: toMessage(row), created, conversation };
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
