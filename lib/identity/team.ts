// The owner's team: list, add and remove the agents of one business.
import type { Kysely } from 'kysely';
import { AppError } from '../protocol/errors';
import type { TeamAddInput, TeamMember } from '../protocol/team.schema';
import { isUniqueViolation } from '../store/errors';
import {
  deleteAgent,
  insertAgent,
  listAgentSessionHashes,
  listAgentsOfBusiness,
} from '../store/identity.repository';
import type { AgentRow, Database } from '../store/schema';
import { hashPassword } from './agent-auth';

/** The owner acting, as their socket or session identifies them. */
interface Owner {
  agentId: string;
  businessId: string;
}

export const EMAIL_IN_USE = 'This email is already used';

export function toTeamMember(agent: AgentRow): TeamMember {
  return {
    agentId: agent.id,
    email: agent.email,
    displayName: agent.display_name,
    role: agent.role,
    createdAt: agent.created_at.toISOString(),
  };
}

export async function listTeam(db: Kysely<Database>, businessId: string): Promise<TeamMember[]> {
  return (await listAgentsOfBusiness(db, businessId)).map(toTeamMember);
}

/** Adds an agent (never an owner) to the owner's business; emails are unique across businesses. */
export async function addAgent(
  db: Kysely<Database>,
  owner: Owner,
  input: TeamAddInput,
): Promise<TeamMember> {
  const passwordHash = await hashPassword(input.password);
  try {
    const agent = await insertAgent(db, {
      businessId: owner.businessId,
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      role: 'agent',
    });
    return toTeamMember(agent);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', EMAIL_IN_USE, [{ path: 'email', message: EMAIL_IN_USE }]);
    }
    throw error;
  }
}

/**
 * Removes an agent of the owner's business with all their sessions, and returns those sessions'
 * hashes so the caller can close the sockets opened with them.
 */
export async function removeAgent(
  db: Kysely<Database>,
  owner: Owner,
  agentId: string,
): Promise<{ sessionHashes: string[] }> {
  if (agentId === owner.agentId) {
    throw new AppError('FORBIDDEN', 'You cannot remove yourself.');
  }
  return db.transaction().execute(async (trx) => {
    const sessionHashes = await listAgentSessionHashes(trx, agentId);
    // Scoped to the owner's business: another business's agent reads as not found.
    const removed = await deleteAgent(trx, owner.businessId, agentId);
    if (!removed) throw new AppError('NOT_FOUND', 'No such agent in this business.');
    return { sessionHashes };
  });
}
