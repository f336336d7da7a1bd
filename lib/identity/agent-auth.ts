// Agent sign-in: argon2 password check, and opaque session tokens stored only as hashes.
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Kysely } from 'kysely';
import type { SignedInAgent } from '../protocol/auth.schema';
import { AppError } from '../protocol/errors';
import {
  deleteAgentSession,
  deleteExpiredAgentSessions,
  findAgentByEmail,
  findAgentBySessionHash,
  insertAgentSession,
} from '../store/identity.repository';
import type { AgentRow, Database } from '../store/schema';
import { AGENT_SESSION_DAYS } from './cookies';

export const SIGN_IN_FAILED = 'Email or password is incorrect.';

// Compared against when the email is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** The stored id of a session: a hash, so a leaked database holds no usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function signInAgent(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<{ agent: AgentRow; token: string; expiresAt: Date }> {
  const agent = await findAgentByEmail(db, email.trim());
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await argon2.verify(agent?.password_hash ?? (await dummyHash), password);
  if (!agent || !valid) throw new AppError('UNAUTHORIZED', SIGN_IN_FAILED);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + AGENT_SESSION_DAYS * 24 * 60 * 60 * 1000);
  await insertAgentSession(db, { tokenHash: hashToken(token), agentId: agent.id, expiresAt });
  // Expired sessions are refused anyway; clearing them here keeps the table from only growing.
  await deleteExpiredAgentSessions(db, agent.id);
  return { agent, token, expiresAt };
}

export function findAgentBySessionToken(
  db: Kysely<Database>,
  token: string,
): Promise<AgentRow | undefined> {
  return findAgentBySessionHash(db, hashToken(token));
}

export function signOutAgent(db: Kysely<Database>, token: string): Promise<void> {
  return deleteAgentSession(db, hashToken(token));
}

export function toSignedInAgent(agent: AgentRow): SignedInAgent {
  return {
    agentId: agent.id,
    businessId: agent.business_id,
    email: agent.email,
    displayName: agent.display_name,
    role: agent.role,
  };
}
