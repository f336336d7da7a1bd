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
import { handle } from './handle';
import { rooms, type HandlerContext } from './types';

export function registerInboxHandlers(context: HandlerContext): void {
  const { io, socket, deps } = context;
  const { db } = deps;
  const agent = () => requireAgentIdentity(socket.data.identity);
  const toBusiness = (businessId: string) => io.to(rooms.business(businessId));

  // The whole (short) list goes out after each change, so an agent who missed one is still right.
  const announceLabels = async (businessId: string) =>
    toBusiness(businessId).emit('labels:updated', {
      labels: await listBusinessLabels(db, businessId),
    });
  const announceQuickReplies = async (businessId: string) =>
    toBusiness(businessId).emit('quick-replies:updated', {
      quickReplies: await listBusinessQuickReplies(db, businessId),
    });
  const announceConversation = (conversation: ConversationSummary) => {
    toBusiness(conversation.businessId).emit('conversation:updated', { conversation });
    return { conversation };
  };

  handle(context, 'label:list', labelListInput, async () => ({
    labels: await listBusinessLabels(db, agent().businessId),
  }));
  handle(context, 'label:create', labelCreateInput, async (input) => {
    const { businessId } = agent();
    const label = await createLabel(db, businessId, input);
    await announceLabels(businessId);
    return { label };
  });
  handle(context, 'label:update', labelUpdateInput, async (input) => {
    const { businessId } = agent();
    const label = await updateLabel(db, businessId, input);
    await announceLabels(businessId);
    return { label };
  });
  handle(context, 'label:delete', labelDeleteInput, async (input) => {
    const { businessId } = agent();
    await deleteLabel(db, businessId, input.labelId);
    await announceLabels(businessId);
    return { labelId: input.labelId };
  });

  handle(context, 'conversation:label', conversationLabelInput, async (input) =>
    announceConversation(await labelConversation(db, agent(), input)),
  );
  handle(context, 'conversation:rename', conversationRenameInput, async (input) =>
    announceConversation(await renameShopper(db, agent(), input)),
  );

  handle(context, 'quick-reply:list', quickReplyListInput, async () => ({
    quickReplies: await listBusinessQuickReplies(db, agent().businessId),
  }));
  handle(context, 'quick-reply:create', quickReplyCreateInput, async (input) => {
    const { businessId } = agent();
    const quickReply = await createQuickReply(db, businessId, input);
    await announceQuickReplies(businessId);
    return { quickReply };
  });
  handle(context, 'quick-reply:update', quickReplyUpdateInput, async (input) => {
    const { businessId } = agent();
    const quickReply = await updateQuickReply(db, businessId, input);
    await announceQuickReplies(businessId);
    return { quickReply };
  });
  handle(context, 'quick-reply:delete', quickReplyDeleteInput, async (input) => {
    const { businessId } = agent();
    await deleteQuickReply(db, businessId, input.quickReplyId);
    await announceQuickReplies(businessId);
    return { quickReplyId: input.quickReplyId };
  });
}
