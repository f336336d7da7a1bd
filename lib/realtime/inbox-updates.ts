// The inbox rows agents get for new messages (`conversation:updated` on the business room), built
// after the senders' acks and once per conversation per tick: a conversation that got ten messages
// in one tick is summarized once, with its latest message. Labels and pending orders come with the
// batch that stored the message; the tick's conversations share one look-up of referrals.
import { summarizeConversations } from '../chat/conversation.service';
import type { Message } from '../protocol/chat.schema';
import type { InboxDetails } from '../protocol/inbox.schema';
import type { ConversationRow } from '../store/schema';
import { rooms, type HandlerContext, type RealtimeServer } from './types';

interface Entry {
  conversation: ConversationRow;
  lastMessage: Message;
  details: InboxDetails;
}

interface Outbox {
  waiting: Map<string, Entry>;
  /** The previous tick's rows, so rows of one conversation go out in the order they were made. */
  sending: Promise<void>;
}

const outboxes = new WeakMap<RealtimeServer, Outbox>();

/** Queues the inbox row of `conversation` (as its batch left it) with `lastMessage`. */
export function publishInboxRow(
  context: HandlerContext,
  conversation: ConversationRow,
  lastMessage: Message,
  details: InboxDetails,
): void {
  const { io } = context;
  let outbox = outboxes.get(io);
  if (!outbox) {
    outbox = { waiting: new Map(), sending: Promise.resolve() };
    outboxes.set(io, outbox);
  }
  const queued = outbox.waiting.get(conversation.id);
  if (queued && queued.lastMessage.seq >= lastMessage.seq) return;
  if (outbox.waiting.size === 0) {
    const current = outbox;
    setImmediate(() => {
      const entries = [...current.waiting.values()];
      current.waiting.clear();
      current.sending = current.sending.then(() => send(context, entries));
    });
  }
  outbox.waiting.set(conversation.id, { conversation, lastMessage, details });
}

async function send(context: HandlerContext, entries: Entry[]): Promise<void> {
  try {
    const summaries = await summarizeConversations(context.deps.db, entries);
    for (const conversation of summaries) {
      context.io.to(rooms.business(conversation.businessId)).emit('conversation:updated', {
        conversation,
      });
    }
  } catch (error) {
    context.deps.log?.('inbox update failed', error);
  }
}
