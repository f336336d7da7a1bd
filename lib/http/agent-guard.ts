// Who is calling a business route: the signed-in agent from the session cookie, or an error.
import { cookies } from 'next/headers';
import { findAgentBySessionToken } from '../identity/agent-auth';
import { AGENT_COOKIE, verifySignedToken } from '../identity/cookies';
import { AppError } from '../protocol/errors';
import { getRuntime } from '../runtime';
import type { AgentRow } from '../store/schema';

/** The signed-in agent; a shopper's cookie or none at all is UNAUTHORIZED. */
export async function requireAgent(): Promise<AgentRow> {
  const { store, secret } = getRuntime();
  const token = verifySignedToken((await cookies()).get(AGENT_COOKIE)?.value, secret);
  const agent = token ? await findAgentBySessionToken(store.db, token) : undefined;
  if (!agent) throw new AppError('UNAUTHORIZED', 'Sign in as an agent first.');
  return agent;
}

/** The signed-in owner of the business; other agents are FORBIDDEN. */
export async function requireOwner(): Promise<AgentRow> {
  const agent = await requireAgent();
  if (agent.role !== 'owner') throw new AppError('FORBIDDEN', 'Only the owner can do this.');
  return agent;
}
