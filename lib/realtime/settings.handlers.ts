// Settings events for agents, always on their own business, and the broadcast of automatic replies.
import { replyToShopperMessage } from '../business/auto-reply.service';
import { getBusinessSettings, updateBusinessSettings } from '../business/settings.service';
import { loadConversationSummary } from '../chat/conversation.service';
import type { Message } from '../protocol/chat.schema';
import { settingsGetInput, settingsUpdateInput } from '../protocol/settings.schema';
import type { AutoReplySettings } from '../business/auto-replies';
import type { ConversationRow } from '../store/schema';
import { requireAgentIdentity } from './guards';
import { defineHandler, type HandlerDefinition } from './handle';
import { notifyShopper } from './push.handlers';
import { rooms, type HandlerContext } from './types';

export const settingsHandlers: HandlerDefinition[] = [
  // No business id is ever read from the payload: an agent's settings are its own business's.
  defineHandler('settings:get', settingsGetInput, async ({ socket, deps }) => {
    const agent = requireAgentIdentity(socket.data.identity);
    return { settings: await getBusinessSettings(deps.db, agent.businessId) };
  }),

  defineHandler('settings:update', settingsUpdateInput, async ({ socket, deps }, input) => {
    const agent = requireAgentIdentity(socket.data.identity);
    const settings = await updateBusinessSettings(deps.db, agent.businessId, input);
    socket.to(rooms.business(agent.businessId)).emit('business:updated', { settings });
    return { settings };
  }),
];

/** Announces automatic messages like any other: to the conversation and to the inbox. */
export async function announceAutoReplies(
  context: HandlerContext,
  conversationId: string,
  messages: Message[],
): Promise<void> {
  const last = messages.at(-1);
  if (!last) return;
  notifyShopper(context, last);
  for (const message of messages) {
    context.io.to(rooms.conversation(conversationId)).emit('message:created', { message });
  }
  const summary = await loadConversationSummary(context.deps.db, conversationId, last);
  if (summary) {
    context.io
      .to(rooms.business(summary.businessId))
      .emit('conversation:updated', { conversation: summary });
  }
}

/**
 * Greeting after silence and away message for a shopper's new message. Runs after the shopper's
 * ack is sent, so automatic replies never delay or fail the send; errors are only logged.
 * `settings`, when given, are the business's as read with the message's batch.
 */
export function replyAutomatically(
  context: HandlerContext,
  conversation: ConversationRow,
  message: Message,
  settings?: AutoReplySettings,
): void {
  // setImmediate: the ack is emitted in the microtasks after the handler returns, before this.
  setImmediate(() => {
    replyToShopperMessage(
      context.deps.db,
      conversation,
      message,
      new Date(),
      settings ? () => Promise.resolve(settings) : undefined,
    )
      .then((messages) => announceAutoReplies(context, conversation.id, messages))
      .catch((error: unknown) => context.deps.log?.('automatic reply failed', error));
  });
}
