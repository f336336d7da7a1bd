// The business's own name for a shopper, shown in its inbox only.
import type { Kysely } from 'kysely';
import { findAccessibleConversation, loadConversationSummary } from '../chat/conversation.service';
import type { ConversationSummary } from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import type { ConversationRenameInput } from '../protocol/inbox.schema';
import type { AgentIdentity } from '../realtime/guards';
import { setShopperName } from '../store/conversation.repository';
import type { Database } from '../store/schema';

export async function renameShopper(
  db: Kysely<Database>,
  agent: AgentIdentity,
  input: ConversationRenameInput,
): Promise<ConversationSummary> {
  const conversation = await findAccessibleConversation(db, agent, input.conversationId);
  await setShopperName(db, conversation.id, input.shopperName);
  const summary = await loadConversationSummary(db, conversation.id);
  if (!summary) throw new AppError('FORBIDDEN', 'You cannot access this conversation.');
  return summary;
}
