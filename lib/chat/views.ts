// Converts stored rows into the protocol's shapes.
import type { Conversation, Message, Receipts } from '../protocol/chat.schema';
import { toOrder } from '../orders/views';
import type { MessageWithAgent } from '../store/message.repository';
import type { ConversationRow } from '../store/schema';

export function toMessage(row: MessageWithAgent): Message {
  return {
    id: row.id,
    clientId: row.client_id,
    conversationId: row.conversation_id,
    seq: row.seq,
    sender: row.sender,
    kind: row.kind,
    text: row.text,
    order: row.order ? toOrder(row.order) : null,
    agentName: row.agent_name,
    createdAt: row.created_at.toISOString(),
  };
}

export function toReceipts(row: ConversationRow): Receipts {
  return {
    shopper: { deliveredSeq: row.shopper_delivered_seq, readSeq: row.shopper_read_seq },
    business: { deliveredSeq: row.business_delivered_seq, readSeq: row.business_read_seq },
  };
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    businessId: row.business_id,
    shopperId: row.shopper_id,
    lastSeq: row.last_seq,
    receipts: toReceipts(row),
    createdAt: row.created_at.toISOString(),
    lastMessageAt: row.last_message_at.toISOString(),
  };
}
