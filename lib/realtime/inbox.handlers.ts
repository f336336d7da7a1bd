// The inbox's own events: labels, quick replies, and labelling or naming a conversation. Agents
// only, each scoped to the agent's business; every change is broadcast to all its agents.
import type { ConversationSummary } from '../protocol/chat.schema';
import {
  conversationLabelInput,
  conversationRenameInput,
  labelCreateInput,
  labelDeleteInput,
  labelListInput,
  labelUpdateInput,
  quickReplyCreateInput,
  quickReplyDeleteInput,
  quickReplyListInput,
  quickReplyUpdateInput,
} from '../protocol/inbox.schema';
import {
  createLabel,
  deleteLabel,
  labelConversation,
  listBusinessLabels,
  updateLabel,
} from '../inbox/label.service';
import {
  createQuickReply,
  deleteQuickReply,
  listBusinessQuickReplies,
  updateQuickReply,
} from '../inbox/quick-reply.service';
import { renameShopper } from '../inbox/shopper-name.service';
import { requireAgentIdentity } from './guards';
import { defineHandler, type HandlerDefinition } from './handle';
import { rooms, type HandlerContext } from './types';

const agentOf = ({ socket }: HandlerContext) => requireAgentIdentity(socket.data.identity);

// The whole (short) list goes out after each change, so an agent who missed one is still right.
async function announceLabels({ io, deps }: HandlerContext, businessId: string) {
  io.to(rooms.business(businessId)).emit('labels:updated', {
    labels: await listBusinessLabels(deps.db, businessId),
  });
}

async function announceQuickReplies({ io, deps }: HandlerContext, businessId: string) {
  io.to(rooms.business(businessId)).emit('quick-replies:updated', {
    quickReplies: await listBusinessQuickReplies(deps.db, businessId),
  });
}

function announceConversation({ io }: HandlerContext, conversation: ConversationSummary) {
  io.to(rooms.business(conversation.businessId)).emit('conversation:updated', { conversation });
  return { conversation };
}

export const inboxHandlers: HandlerDefinition[] = [
  defineHandler('label:list', labelListInput, async (context) => ({
    labels: await listBusinessLabels(context.deps.db, agentOf(context).businessId),
  })),
  defineHandler('label:create', labelCreateInput, async (context, input) => {
    const { businessId } = agentOf(context);
    const label = await createLabel(context.deps.db, businessId, input);
    await announceLabels(context, businessId);
    return { label };
  }),
  defineHandler('label:update', labelUpdateInput, async (context, input) => {
    const { businessId } = agentOf(context);
    const label = await updateLabel(context.deps.db, businessId, input);
    await announceLabels(context, businessId);
    return { label };
  }),
  defineHandler('label:delete', labelDeleteInput, async (context, input) => {
    const { businessId } = agentOf(context);
    await deleteLabel(context.deps.db, businessId, input.labelId);
    await announceLabels(context, businessId);
    return { labelId: input.labelId };
  }),

  defineHandler('conversation:label', conversationLabelInput, async (context, input) =>
    announceConversation(
      context,
      await labelConversation(context.deps.db, agentOf(context), input),
    ),
  ),
  defineHandler('conversation:rename', conversationRenameInput, async (context, input) =>
    announceConversation(context, await renameShopper(context.deps.db, agentOf(context), input)),
  ),

  defineHandler('quick-reply:list', quickReplyListInput, async (context) => ({
    quickReplies: await listBusinessQuickReplies(context.deps.db, agentOf(context).businessId),
  })),
  defineHandler('quick-reply:create', quickReplyCreateInput, async (context, input) => {
    const { businessId } = agentOf(context);
    const quickReply = await createQuickReply(context.deps.db, businessId, input);
    await announceQuickReplies(context, businessId);
    return { quickReply };
  }),
  defineHandler('quick-reply:update', quickReplyUpdateInput, async (context, input) => {
    const { businessId } = agentOf(context);
    const quickReply = await updateQuickReply(context.deps.db, businessId, input);
    await announceQuickReplies(context, businessId);
    return { quickReply };
  }),
  defineHandler('quick-reply:delete', quickReplyDeleteInput, async (context, input) => {
    const { businessId } = agentOf(context);
    await deleteQuickReply(context.deps.db, businessId, input.quickReplyId);
    await announceQuickReplies(context, businessId);
    return { quickReplyId: input.quickReplyId };
  }),
];
