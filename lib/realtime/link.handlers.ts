// The link builder's events, for a business's agents and always on their own business's links.
import { createLink, listLinks, updateLink } from '../links/link.service';
import { linkCreateInput, linkListInput, linkUpdateInput } from '../protocol/links.schema';
import { requireAgentIdentity } from './guards';
import { handle } from './handle';
import { rooms, type HandlerContext } from './types';

export function registerLinkHandlers(context: HandlerContext): void {
  const { socket, deps } = context;
  const agent = () => requireAgentIdentity(socket.data.identity);

  handle(context, 'link:list', linkListInput, async (input) =>
    listLinks(deps.db, agent().businessId, input),
  );

  // Other agents' link pages show the new link and each change as it happens.
  handle(context, 'link:create', linkCreateInput, async (input) => {
    const { businessId } = agent();
    const link = await createLink(deps.db, businessId, input);
    socket.to(rooms.business(businessId)).emit('link:created', { link });
    return { link };
  });

  handle(context, 'link:update', linkUpdateInput, async (input) => {
    const { businessId } = agent();
    const link = await updateLink(deps.db, businessId, input);
    socket.to(rooms.business(businessId)).emit('link:updated', { link });
    return { link };
  });
}
