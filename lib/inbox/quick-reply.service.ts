// A business's quick replies. Every call is scoped to one business: an id of another business is
// answered as missing.
import type { Kysely } from 'kysely';
import { AppError } from '../protocol/errors';
import {
  MAX_QUICK_REPLIES,
  type QuickReply,
  type QuickReplyCreateInput,
  type QuickReplyUpdateInput,
} from '../protocol/inbox.schema';
import { isUniqueViolation } from '../store/errors';
import { lockBusinessRow } from '../store/label.repository';
import {
  countQuickReplies,
  deleteQuickReply as deleteQuickReplyRow,
  insertQuickReply,
  listQuickReplies,
  updateQuickReply as updateQuickReplyRow,
} from '../store/quick-reply.repository';
import type { Database } from '../store/schema';
import { toQuickReply } from './views';

const duplicateShortcut = () =>
  new AppError('CONFLICT', 'A quick reply with this shortcut already exists.', [
    { path: 'shortcut', message: 'A quick reply with this shortcut already exists.' },
  ]);
const missingQuickReply = () => new AppError('NOT_FOUND', 'This quick reply does not exist.');

export async function listBusinessQuickReplies(db: Kysely<Database>, businessId: string) {
  return (await listQuickReplies(db, businessId)).map(toQuickReply);
}

export async function createQuickReply(
  db: Kysely<Database>,
  businessId: string,
  input: QuickReplyCreateInput,
): Promise<QuickReply> {
  try {
    const row = await db.transaction().execute(async (trx) => {
      await lockBusinessRow(trx, businessId);
      if ((await countQuickReplies(trx, businessId)) >= MAX_QUICK_REPLIES) {
        throw new AppError(
          'LIMIT_REACHED',
          `A business can have at most ${MAX_QUICK_REPLIES} quick replies.`,
        );
      }
      return insertQuickReply(trx, { businessId, shortcut: input.shortcut, text: input.text });
    });
    return toQuickReply(row);
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateShortcut() : error;
  }
}

export async function updateQuickReply(
  db: Kysely<Database>,
  businessId: string,
  input: QuickReplyUpdateInput,
): Promise<QuickReply> {
  try {
    const row = await updateQuickReplyRow(db, businessId, input.quickReplyId, {
      ...(input.shortcut !== undefined && { shortcut: input.shortcut }),
      ...(input.text !== undefined && { text: input.text }),
    });
    if (!row) throw missingQuickReply();
    return toQuickReply(row);
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateShortcut() : error;
  }
}

export async function deleteQuickReply(
  db: Kysely<Database>,
  businessId: string,
  quickReplyId: string,
): Promise<void> {
  if (!(await deleteQuickReplyRow(db, businessId, quickReplyId))) throw missingQuickReply();
}
