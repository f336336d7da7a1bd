// Who is connecting: checks the Origin and protocol version, then reads the session cookie.
import type { IncomingHttpHeaders } from 'node:http';
import { findAgentBySessionToken, hashToken } from '../identity/agent-auth';
import { isAllowedOrigin } from '../identity/origin';
import {
  AGENT_COOKIE,
  SHOPPER_COOKIE,
  readCookie,
  verifyShopperCookie,
  verifySignedToken,
} from '../identity/cookies';
import type { ErrorCode } from '../protocol/errors';
import type { SocketIdentity } from '../protocol/events';
import { PROTOCOL_VERSION } from '../protocol/version';
import type { RealtimeDeps } from './types';

export class HandshakeError extends Error {
  readonly data: { code: ErrorCode };
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.data = { code };
  }
}

export async function identify(
  headers: IncomingHttpHeaders,
  auth: Record<string, unknown>,
  deps: RealtimeDeps,
): Promise<{ identity: SocketIdentity; agentSession?: string }> {
  if (!isAllowedOrigin(headers.origin, headers.host, deps.allowedOrigins)) {
    throw new HandshakeError('FORBIDDEN', 'This origin may not connect.');
  }
  if (auth.protocolVersion !== PROTOCOL_VERSION) {
    throw new HandshakeError(
      'UPGRADE_REQUIRED',
      `This server speaks protocol version ${PROTOCOL_VERSION}; reload to update.`,
    );
  }
  if (auth.role === 'agent') {
    const token = verifySignedToken(readCookie(headers.cookie, AGENT_COOKIE), deps.secret);
    const agent = token ? await findAgentBySessionToken(deps.db, token) : undefined;
    if (!agent) throw new HandshakeError('UNAUTHORIZED', 'Sign in as an agent first.');
    return {
      identity: {
        role: 'agent',
        agentId: agent.id,
        businessId: agent.business_id,
        agentName: agent.display_name,
        agentRole: agent.role,
      },
      agentSession: hashToken(token ?? ''),
    };
  }
  if (auth.role !== undefined && auth.role !== 'shopper') {
    throw new HandshakeError('UNAUTHORIZED', 'Unknown role.');
  }
  const shopperId = verifyShopperCookie(readCookie(headers.cookie, SHOPPER_COOKIE), deps.secret);
  if (!shopperId)
    throw new HandshakeError('UNAUTHORIZED', 'No valid shopper session; reload the page.');
  return { identity: { role: 'shopper', shopperId } };
}
