import { cookies } from 'next/headers';
import { hashToken, signOutAgent } from '@/lib/identity/agent-auth';
import { AGENT_COOKIE, verifySignedToken } from '@/lib/identity/cookies';
import { assertSameOrigin, errorResponse, okResponse } from '@/lib/http/respond';
import { rooms } from '@/lib/realtime/types';
import { getRuntime } from '@/lib/runtime';

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const cookieStore = await cookies();
    const { store, secret, io } = getRuntime();
    const token = verifySignedToken(cookieStore.get(AGENT_COOKIE)?.value, secret);
    if (token) {
      await signOutAgent(store.db, token);
      // Sockets opened with this session close too; a signed-out agent must not keep listening.
      io.in(rooms.agentSession(hashToken(token))).disconnectSockets(true);
    }
    cookieStore.delete(AGENT_COOKIE);
    return okResponse(null);
  } catch (error) {
    return errorResponse(error);
  }
}
