// Pure rules of the inbox list, shared by the browser hook and its tests: which conversations a
// filter shows, and where a live update goes.
import type { ConversationSummary } from '../protocol/chat.schema';
import type { Label } from '../protocol/inbox.schema';

export interface InboxFilter {
  labelId: string | null;
  unreadOnly: boolean;
}

export const noFilter: InboxFilter = { labelId: null, unreadOnly: false };

export function matchesFilter(conversation: ConversationSummary, filter: InboxFilter): boolean {
  if (filter.unreadOnly && conversation.unreadCount === 0) return false;
  if (filter.labelId && !conversation.labels.some((label) => label.id === filter.labelId))
    return false;
  return true;
}

/** Most recent activity first, then by id: the server's order for conversation:list. */
export function compareByActivity(a: ConversationSummary, b: ConversationSummary): number {
  if (a.lastMessageAt !== b.lastMessageAt) return a.lastMessageAt < b.lastMessageAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The list after a live update: replaced or added when it matches the filter, dropped when it no
 * longer does. An update older than what is shown is ignored, since events can cross.
 */
export function applyUpdate(
  list: ConversationSummary[],
  update: ConversationSummary,
  filter: InboxFilter,
): ConversationSummary[] {
  const known = list.find((conversation) => conversation.id === update.id);
  if (known && known.lastMessageAt > update.lastMessageAt) return list;
  const others = list.filter((conversation) => conversation.id !== update.id);
  if (!matchesFilter(update, filter)) return others;
  return [...others, update].sort(compareByActivity);
}

/** Labels as the business has them now: renamed, recoloured, or gone since the summary was made. */
export function currentLabels(conversationLabels: Label[], businessLabels: Label[]): Label[] {
  const byId = new Map(businessLabels.map((label) => [label.id, label]));
  return conversationLabels.flatMap((label) => {
    const current = byId.get(label.id);
    return current ? [current] : [];
  });
}

/** A short, stable handle for a shopper without a name: the first characters of their id. */
export function shortShopperId(shopperId: string): string {
  return shopperId.replace(/-/g, '').slice(0, 4);
}
