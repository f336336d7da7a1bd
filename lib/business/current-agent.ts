// The agent signed in for this request, for server components under /business.
import { cache } from 'react';
import { cookies } from 'next/headers';
import { findAgentBySessionToken } from '../identity/agent-auth';
import { AGENT_COOKIE, verifySignedToken } from '../identity/cookies';
import { getRuntime } from '../runtime';
import type { AgentRow } from '../store/schema';

/** Undefined when nobody (or only a shopper) is signed in; cached for one render. */
export const getCurrentAgent = cache(async (): Promise<AgentRow | undefined> => {
  const { store, secret } = getRuntime();
  const token = verifySignedToken((await cookies()).get(AGENT_COOKIE)?.value, secret);
  return token ? findAgentBySessionToken(store.db, token) : undefined;
});
