import { cookies } from 'next/headers';
import { signOutAgent } from '@/lib/identity/agent-auth';
import { AGENT_COOKIE, verifySignedToken } from '@/lib/identity/cookies';
import { assertSameOrigin, errorResponse, okResponse } from '@/lib/http/respond';
import { getRuntime } from '@/lib/runtime';

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const cookieStore = await cookies();
    const { store, secret } = getRuntime();
    const token = verifySignedToken(cookieStore.get(AGENT_COOKIE)?.value, secret);
    if (token) await signOutAgent(store.db, token);
    cookieStore.delete(AGENT_COOKIE);
    return okResponse(null);
  } catch (error) {
    return errorResponse(error);
  }
}
