// The link builder's events, for a business's agents and always on their own business's links.
import { createLink, listLinks, updateLink } from '../links/link.service';
import { linkCreateInput, linkListInput, linkUpdateInput } from '../protocol/links.schema';
import { requireAgentIdentity } from './guards';
import { defineHandler, type HandlerDefinition } from './handle';
import { rooms, type HandlerContext } from './types';

const agentOf = ({ socket }: HandlerContext) => requireAgentIdentity(socket.data.identity);

export const linkHandlers: HandlerDefinition[] = [
  defineHandler('link:list', linkListInput, async (context, input) =>
    listLinks(context.deps.db, agentOf(context).businessId, input),
  ),

  // Other agents' link pages show the new link and each change as it happens.
  defineHandler('link:create', linkCreateInput, async (context, input) => {
    const { businessId } = agentOf(context);
    const link = await createLink(context.deps.db, businessId, input);
    context.socket.to(rooms.business(businessId)).emit('link:created', { link });
    return { link };
  }),

  defineHandler('link:update', linkUpdateInput, async (context, input) => {
    const { businessId } = agentOf(context);
    const link = await updateLink(context.deps.db, businessId, input);
    context.socket.to(rooms.business(businessId)).emit('link:updated', { link });
    return { link };
  }),
];
