import { cookies } from 'next/headers';
import { signInAgent, toSignedInAgent } from '@/lib/identity/agent-auth';
import { AGENT_COOKIE, signToken } from '@/lib/identity/cookies';
import { assertSameOrigin, errorResponse, okResponse, parseJsonBody } from '@/lib/http/respond';
import { signInInput } from '@/lib/protocol/auth.schema';
import { getRuntime } from '@/lib/runtime';

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = await parseJsonBody(request, signInInput);
    const { store, secret } = getRuntime();
    const { agent, token, expiresAt } = await signInAgent(store.db, input.email, input.password);
    (await cookies()).set(AGENT_COOKIE, signToken(token, secret), {
      httpOnly: true,
      sameSite: 'lax',
      secure: new URL(request.url).protocol === 'https:',
      path: '/',
      expires: expiresAt,
    });
    return okResponse(toSignedInAgent(agent));
  } catch (error) {
    return errorResponse(error);
  }
}
