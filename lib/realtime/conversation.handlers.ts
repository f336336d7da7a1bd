import {
  conversationJoinInput,
  conversationListInput,
  conversationOpenInput,
} from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import {
  joinConversation,
  listBusinessConversations,
  loadConversationSummary,
  openShopperConversation,
} from '../chat/conversation.service';
import { defineHandler, type HandlerDefinition } from './handle';
import { rooms } from './types';

export const conversationHandlers: HandlerDefinition[] = [
  defineHandler('conversation:open', conversationOpenInput, async (context, input) => {
    const { io, socket, deps, joined } = context;
    const identity = socket.data.identity;
    if (identity.role !== 'shopper') {
      throw new AppError('FORBIDDEN', 'Only shoppers open conversations; agents join them.');
    }
    const opened = await openShopperConversation(
      deps.db,
      identity.shopperId,
      input.businessSlug,
      input.arrival,
    );
    const conversationId = opened.conversation.id;
    await socket.join(rooms.conversation(conversationId));
    await socket.join(rooms.catalog(opened.conversation.businessId));
    joined.add(conversationId);
    if (opened.greeting) {
      // A greeting after silence reaches agents and the shopper's other tabs already in the room.
      socket
        .to(rooms.conversation(conversationId))
        .emit('message:created', { message: opened.greeting });
      const conversation = await loadConversationSummary(deps.db, conversationId, opened.greeting);
      if (conversation)
        io.to(rooms.business(conversation.businessId)).emit('conversation:updated', {
          conversation,
        });
    }
    const { greeting: _greeting, ...result } = opened;
    return result;
  }),

  defineHandler('conversation:join', conversationJoinInput, async (context, input) => {
    const { socket, deps, joined } = context;
    const result = await joinConversation(deps.db, socket.data.identity, input.conversationId);
    await socket.join(rooms.conversation(input.conversationId));
    joined.add(input.conversationId);
    return result;
  }),

  defineHandler('conversation:list', conversationListInput, async ({ socket, deps }, input) => {
    const identity = socket.data.identity;
    if (identity.role !== 'agent')
      throw new AppError('FORBIDDEN', 'Only agents list conversations.');
    const conversations = await listBusinessConversations(deps.db, identity.businessId, {
      limit: input.limit,
      ...(input.before && { before: input.before }),
      ...(input.labelId && { labelId: input.labelId }),
      ...(input.unreadOnly && { unreadOnly: true }),
    });
    return { conversations };
  }),
];
