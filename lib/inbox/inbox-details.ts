// What the inbox shows besides the last message: the business's name for the shopper, labels and
// pending orders. Loaded for many conversations in two queries, not two per conversation.
import type { Kysely } from 'kysely';
import type { InboxDetails } from '../protocol/inbox.schema';
import { countPendingOrders } from '../store/conversation.repository';
import { listLabelsOfConversations } from '../store/label.repository';
import type { ConversationRow, Database } from '../store/schema';
import { toLabel } from './views';

export async function loadInboxDetails(
  db: Kysely<Database>,
  conversations: ConversationRow[],
): Promise<Map<string, InboxDetails>> {
  const ids = conversations.map((conversation) => conversation.id);
  const [labelRows, pending] = await Promise.all([
    listLabelsOfConversations(db, ids),
    countPendingOrders(db, ids),
  ]);
  const details = new Map<string, InboxDetails>();
  for (const conversation of conversations) {
    details.set(conversation.id, {
      shopperName: conversation.shopper_name || null,
      labels: [],
      pendingOrderCount: pending.get(conversation.id) ?? 0,
    });
  }
  for (const row of labelRows) details.get(row.conversation_id)?.labels.push(toLabel(row));
  return details;
}

export const noInboxDetails: InboxDetails = { shopperName: null, labels: [], pendingOrderCount: 0 };
