import type { SocketIdentity } from '../protocol/events';
import type { Sender } from '../protocol/chat.schema';
import type { ConversationRow } from '../store/schema';

/** A shopper may touch only their own conversations; an agent only those of their business. */
export function canAccessConversation(
  identity: SocketIdentity,
  conversation: ConversationRow,
): boolean {
  return identity.role === 'shopper'
    ? conversation.shopper_id === identity.shopperId
    : conversation.business_id === identity.businessId;
}

export function sideOf(identity: SocketIdentity): Sender {
  return identity.role === 'shopper' ? 'shopper' : 'business';
}
