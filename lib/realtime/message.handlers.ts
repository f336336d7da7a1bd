import {
  messageHistoryInput,
  messageSendInput,
  messageSyncInput,
  receiptUpdateInput,
  typingUpdateInput,
} from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import { loadConversationSummary } from '../chat/conversation.service';
import {
  listEarlierMessages,
  sendMessage,
  syncMessages,
  updateReceipts,
} from '../chat/message.service';
import { sideOf } from '../chat/access';
import { toLabel } from '../inbox/views';
import { defineHandler, type HandlerDefinition } from './handle';
import { publishInboxRow } from './inbox-updates';
import { notifyShopper } from './push.handlers';
import { replyAutomatically } from './settings.handlers';
import { rooms } from './types';

export const messageHandlers: HandlerDefinition[] = [
  defineHandler('message:send', messageSendInput, async (context, input) => {
    const { socket, deps, joined } = context;
    const identity = socket.data.identity;
    const sent = await sendMessage(deps.db, identity, input, joined.has(input.conversationId));
    const { message } = sent;
    if (sent.created) {
      // The sender's own socket has the ack; its other tabs and the other side get the broadcast.
      socket.to(rooms.conversation(message.conversationId)).emit('message:created', { message });
      // The inbox row, automatic replies and push wait for later ticks: the ack goes first.
      const { conversation, before, extras } = sent;
      publishInboxRow(context, conversation, message, {
        shopperName: conversation.shopper_name || null,
        labels: extras.labels.map(toLabel),
        pendingOrderCount: extras.pendingOrderCount,
      });
      if (identity.role === 'shopper')
        replyAutomatically(context, before, message, extras.autoReply);
      else notifyShopper(context, message);
    }
    return { message };
  }),

  defineHandler('message:sync', messageSyncInput, ({ socket, deps }, input) =>
    syncMessages(deps.db, socket.data.identity, input),
  ),

  defineHandler('message:history', messageHistoryInput, ({ socket, deps }, input) =>
    listEarlierMessages(deps.db, socket.data.identity, input),
  ),

  defineHandler('receipt:update', receiptUpdateInput, async ({ io, socket, deps }, input) => {
    const identity = socket.data.identity;
    const { receipts, changed } = await updateReceipts(deps.db, identity, input);
    if (changed) {
      io.to(rooms.conversation(input.conversationId)).emit('receipt:updated', {
        conversationId: input.conversationId,
        receipts,
      });
      // The inbox's unread counts follow what agents have read.
      const summary =
        identity.role === 'agent'
          ? await loadConversationSummary(deps.db, input.conversationId)
          : undefined;
      if (summary)
        io.to(rooms.business(summary.businessId)).emit('conversation:updated', {
          conversation: summary,
        });
    }
    return { receipts };
  }),

  defineHandler('typing:update', typingUpdateInput, async ({ socket, joined }, input) => {
    if (!joined.has(input.conversationId)) {
      throw new AppError('FORBIDDEN', 'Open or join the conversation first.');
    }
    const identity = socket.data.identity;
    socket.to(rooms.conversation(input.conversationId)).emit('typing:updated', {
      conversationId: input.conversationId,
      sender: sideOf(identity),
      typing: input.typing,
      agentName: identity.role === 'agent' ? identity.agentName : null,
    });
    return null;
  }),
];
