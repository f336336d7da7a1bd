import { addAgent, listTeam, removeAgent } from '../identity/team';
import { teamAddInput, teamListInput, teamRemoveInput } from '../protocol/team.schema';
import { defineHandler, type HandlerDefinition } from './handle';
import { requireAgentIdentity, requireOwnerIdentity } from './guards';
import { rooms, type HandlerContext } from './types';

// Every agent of the business sees the team change; the list is the business's own.
async function shareTeam({ io, deps }: HandlerContext, businessId: string) {
  const members = await listTeam(deps.db, businessId);
  io.to(rooms.business(businessId)).emit('team:updated', { members });
}

export const teamHandlers: HandlerDefinition[] = [
  defineHandler('team:list', teamListInput, async ({ socket, deps }) => {
    const agent = requireAgentIdentity(socket.data.identity);
    return { members: await listTeam(deps.db, agent.businessId) };
  }),

  defineHandler('team:add', teamAddInput, async (context, input) => {
    const owner = requireOwnerIdentity(context.socket.data.identity);
    const member = await addAgent(context.deps.db, owner, input);
    await shareTeam(context, owner.businessId);
    return { member };
  }),

  defineHandler('team:remove', teamRemoveInput, async (context, input) => {
    const owner = requireOwnerIdentity(context.socket.data.identity);
    const { sessionHashes } = await removeAgent(context.deps.db, owner, input.agentId);
    // A removed agent's open tabs stop at once, not when they next reload.
    for (const hash of sessionHashes)
      context.io.in(rooms.agentSession(hash)).disconnectSockets(true);
    await shareTeam(context, owner.businessId);
    return { agentId: input.agentId };
  }),
];
