import { addAgent, listTeam, removeAgent } from '../identity/team';
import { teamAddInput, teamListInput, teamRemoveInput } from '../protocol/team.schema';
import { handle } from './handle';
import { requireAgentIdentity, requireOwnerIdentity } from './guards';
import { rooms, type HandlerContext } from './types';

export function registerTeamHandlers(context: HandlerContext): void {
  const { io, socket, deps } = context;
  const identity = socket.data.identity;

  // Every agent of the business sees the team change; the list is the business's own.
  const shareTeam = async (businessId: string) => {
    const members = await listTeam(deps.db, businessId);
    io.to(rooms.business(businessId)).emit('team:updated', { members });
  };

  handle(context, 'team:list', teamListInput, async () => {
    const agent = requireAgentIdentity(identity);
    return { members: await listTeam(deps.db, agent.businessId) };
  });

  handle(context, 'team:add', teamAddInput, async (input) => {
    const owner = requireOwnerIdentity(identity);
    const member = await addAgent(deps.db, owner, input);
    await shareTeam(owner.businessId);
    return { member };
  });

  handle(context, 'team:remove', teamRemoveInput, async (input) => {
    const owner = requireOwnerIdentity(identity);
    const { sessionHashes } = await removeAgent(deps.db, owner, input.agentId);
    // A removed agent's open tabs stop at once, not when they next reload.
    for (const hash of sessionHashes) io.in(rooms.agentSession(hash)).disconnectSockets(true);
    await shareTeam(owner.businessId);
    return { agentId: input.agentId };
  });
}
