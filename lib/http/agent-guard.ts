// Who is calling a business route: the signed-in agent from the session cookie, or an error.
import { getCurrentAgent } from '../business/current-agent';
import { AppError } from '../protocol/errors';
import type { AgentRow } from '../store/schema';

/** The signed-in agent; a shopper's cookie or none at all is UNAUTHORIZED. */
export async function requireAgent(): Promise<AgentRow> {
  const agent = await getCurrentAgent();
  if (!agent) throw new AppError('UNAUTHORIZED', 'Sign in as an agent first.');
  return agent;
}

/** The signed-in owner of the business; other agents are FORBIDDEN. */
export async function requireOwner(): Promise<AgentRow> {
  const agent = await requireAgent();
  if (agent.role !== 'owner') throw new AppError('FORBIDDEN', 'Only the owner can do this.');
  return agent;
}
