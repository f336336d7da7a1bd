import { cookies } from 'next/headers';
import { toSignedInAgent } from '@/lib/identity/agent-auth';
import { CLIENT_ADDRESS_HEADER } from '@/lib/identity/client-address';
import { AGENT_COOKIE, signToken } from '@/lib/identity/cookies';
import { signInWithLimits } from '@/lib/identity/sign-in';
import { SignInRateLimited, signInLimiter } from '@/lib/identity/sign-in-limits';
import { assertSameOrigin, errorResponse, okResponse, parseJsonBody } from '@/lib/http/respond';
import { signInInput } from '@/lib/protocol/auth.schema';
import { getRuntime } from '@/lib/runtime';

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = await parseJsonBody(request, signInInput);
    const { store, secret } = getRuntime();
    const { agent, token, expiresAt } = await signInWithLimits(store.db, signInLimiter(), {
      ...input,
      // Written by server.ts from the socket (or a trusted proxy's header), never by the client.
      address: request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
    });
    (await cookies()).set(AGENT_COOKIE, signToken(token, secret), {
      httpOnly: true,
      sameSite: 'lax',
      secure: new URL(request.url).protocol === 'https:',
      path: '/',
      expires: expiresAt,
    });
    return okResponse(toSignedInAgent(agent));
  } catch (error) {
    const response = errorResponse(error);
    if (error instanceof SignInRateLimited) {
      response.headers.set('Retry-After', String(error.retryAfterSeconds));
    }
    return response;
  }
}
