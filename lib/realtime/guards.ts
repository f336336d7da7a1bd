// Role checks for business events: a shopper's socket may never reach them.
import { AppError } from '../protocol/errors';
import type { SocketIdentity } from '../protocol/events';

export type AgentIdentity = Extract<SocketIdentity, { role: 'agent' }>;

export function requireAgentIdentity(identity: SocketIdentity): AgentIdentity {
  if (identity.role !== 'agent')
    throw new AppError('FORBIDDEN', 'Only business agents can do this.');
  return identity;
}

export function requireOwnerIdentity(identity: SocketIdentity): AgentIdentity {
  const agent = requireAgentIdentity(identity);
  if (agent.agentRole !== 'owner') throw new AppError('FORBIDDEN', 'Only the owner can do this.');
  return agent;
}
