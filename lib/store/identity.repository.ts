import type { Kysely } from 'kysely';
import type { AgentRow, Database } from './schema';

export function findAgentByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<AgentRow | undefined> {
  return db
    .selectFrom('agents')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export function insertAgent(
  db: Kysely<Database>,
  agent: {
    businessId: string;
    email: string;
    displayName: string;
    passwordHash: string;
    role: 'owner' | 'agent';
  },
): Promise<AgentRow> {
  return db
    .insertInto('agents')
    .values({
      business_id: agent.businessId,
      email: agent.email.toLowerCase(),
      display_name: agent.displayName,
      password_hash: agent.passwordHash,
      role: agent.role,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertAgentSession(
  db: Kysely<Database>,
  session: { tokenHash: string; agentId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('agent_sessions')
    .values({
      token_hash: session.tokenHash,
      agent_id: session.agentId,
      expires_at: session.expiresAt,
    })
    .execute();
}

export function findAgentBySessionHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<AgentRow | undefined> {
  return db
    .selectFrom('agent_sessions')
    .innerJoin('agents', 'agents.id', 'agent_sessions.agent_id')
    .selectAll('agents')
    .where('agent_sessions.token_hash', '=', tokenHash)
    .where('agent_sessions.expires_at', '>', new Date())
    .executeTakeFirst();
}

/** Sessions of one agent that may still be in use, to close their sockets. */
export async function listAgentSessionHashes(
  db: Kysely<Database>,
  agentId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('agent_sessions')
    .select('token_hash')
    .where('agent_id', '=', agentId)
    .execute();
  return rows.map((row) => row.token_hash);
}

export async function deleteExpiredAgentSessions(
  db: Kysely<Database>,
  agentId: string,
): Promise<void> {
  await db
    .deleteFrom('agent_sessions')
    .where('agent_id', '=', agentId)
    .where('expires_at', '<=', new Date())
    .execute();
}

export function listAgentsOfBusiness(
  db: Kysely<Database>,
  businessId: string,
): Promise<AgentRow[]> {
  return db
    .selectFrom('agents')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at')
    .orderBy('email')
    .execute();
}

/** Deletes an agent of the business (their sessions go with them); undefined if there was none. */
export function deleteAgent(
  db: Kysely<Database>,
  businessId: string,
  agentId: string,
): Promise<{ id: string } | undefined> {
  return db
    .deleteFrom('agents')
    .where('id', '=', agentId)
    .where('business_id', '=', businessId)
    .returning('id')
    .executeTakeFirst();
}

export async function deleteAgentSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('agent_sessions').where('token_hash', '=', tokenHash).execute();
}
