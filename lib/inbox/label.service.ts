// A business's labels, and putting them on conversations. Every call is scoped to one business:
// a label id of another business is answered as missing.
import type { Kysely } from 'kysely';
import { findAccessibleConversation, loadConversationSummary } from '../chat/conversation.service';
import type { ConversationSummary } from '../protocol/chat.schema';
import { AppError } from '../protocol/errors';
import type { AgentIdentity } from '../realtime/guards';
import {
  MAX_LABELS,
  type ConversationLabelInput,
  type Label,
  type LabelCreateInput,
  type LabelUpdateInput,
} from '../protocol/inbox.schema';
import { isUniqueViolation } from '../store/errors';
import {
  addConversationLabel,
  countLabels,
  deleteLabel as deleteLabelRow,
  findLabel,
  insertLabel,
  listLabels,
  lockBusinessRow,
  removeConversationLabel,
  updateLabel as updateLabelRow,
} from '../store/label.repository';
import type { Database } from '../store/schema';
import { toLabel } from './views';

const duplicateName = () =>
  new AppError('CONFLICT', 'A label with this name already exists.', [
    { path: 'name', message: 'A label with this name already exists.' },
  ]);
const missingLabel = () => new AppError('NOT_FOUND', 'This label does not exist.');

export async function listBusinessLabels(db: Kysely<Database>, businessId: string) {
  return (await listLabels(db, businessId)).map(toLabel);
}

export async function createLabel(
  db: Kysely<Database>,
  businessId: string,
  input: LabelCreateInput,
): Promise<Label> {
  try {
    const row = await db.transaction().execute(async (trx) => {
      await lockBusinessRow(trx, businessId);
      if ((await countLabels(trx, businessId)) >= MAX_LABELS) {
        throw new AppError('LIMIT_REACHED', `A business can have at most ${MAX_LABELS} labels.`);
      }
      return insertLabel(trx, { businessId, name: input.name, color: input.color });
    });
    return toLabel(row);
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateName() : error;
  }
}

export async function updateLabel(
  db: Kysely<Database>,
  businessId: string,
  input: LabelUpdateInput,
): Promise<Label> {
  try {
    const row = await updateLabelRow(db, businessId, input.labelId, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.color !== undefined && { color: input.color }),
    });
    if (!row) throw missingLabel();
    return toLabel(row);
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateName() : error;
  }
}

/** Deleting a label takes it off every conversation too. */
export async function deleteLabel(
  db: Kysely<Database>,
  businessId: string,
  labelId: string,
): Promise<void> {
  if (!(await deleteLabelRow(db, businessId, labelId))) throw missingLabel();
}

export async function labelConversation(
  db: Kysely<Database>,
  agent: AgentIdentity,
  input: ConversationLabelInput,
): Promise<ConversationSummary> {
  const conversation = await findAccessibleConversation(db, agent, input.conversationId);
  const label = await findLabel(db, agent.businessId, input.labelId);
  if (!label) throw missingLabel();
  if (input.action === 'add') await addConversationLabel(db, conversation.id, label.id);
  else await removeConversationLabel(db, conversation.id, label.id);
  const summary = await loadConversationSummary(db, conversation.id);
  if (!summary) throw new AppError('FORBIDDEN', 'You cannot access this conversation.');
  return summary;
}
