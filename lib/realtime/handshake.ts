// Who is connecting: checks the Origin and protocol version, then reads the session cookie.
import type { IncomingHttpHeaders } from 'node:http';
import { findAgentBySessionToken } from '../identity/agent-auth';
import { AGENT_COOKIE, SHOPPER_COOKIE, readCookie, verifyShopperCookie, verifySignedToken } from '../identity/cookies';
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

/**
 * A browser always sends Origin on a websocket; it must be this server's own (or a configured one).
 * Clients that are not browsers send none, and still need a valid session cookie.
 */
export function isAllowedOrigin(headers: IncomingHttpHeaders, allowedOrigins: string[]): boolean {
  const origin = headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === headers.host || allowedOrigins.includes(origin.replace(/\/$/, ''));
}

export async function identify(
  headers: IncomingHttpHeaders,
  auth: Record<string, unknown>,
  deps: RealtimeDeps,
): Promise<SocketIdentity> {
  if (!isAllowedOrigin(headers, deps.allowedOrigins)) {
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
    return { role: 'agent', agentId: agent.id, businessId: agent.business_id, agentName: agent.display_name };
  }
  if (auth.role !== undefined && auth.role !== 'shopper') {
    throw new HandshakeError('UNAUTHORIZED', 'Unknown role.');
  }
  const shopperId = verifyShopperCookie(readCookie(headers.cookie, SHOPPER_COOKIE), deps.secret);
  if (!shopperId) throw new HandshakeError('UNAUTHORIZED', 'No valid shopper session; reload the page.');
  return { role: 'shopper', shopperId };
}
