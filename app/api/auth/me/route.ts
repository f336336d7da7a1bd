import { cookies } from 'next/headers';
import { findAgentBySessionToken, toSignedInAgent } from '@/lib/identity/agent-auth';
import { AGENT_COOKIE, verifySignedToken } from '@/lib/identity/cookies';
import { errorResponse, okResponse } from '@/lib/http/respond';
import { AppError } from '@/lib/protocol/errors';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const { store, secret } = getRuntime();
    const token = verifySignedToken((await cookies()).get(AGENT_COOKIE)?.value, secret);
    const agent = token ? await findAgentBySessionToken(store.db, token) : undefined;
    if (!agent) throw new AppError('UNAUTHORIZED', 'Not signed in.');
    return okResponse(toSignedInAgent(agent));
  } catch (error) {
    return errorResponse(error);
  }
}
