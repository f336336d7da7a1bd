// Link opens: recorded when a shopper lands through a link, attached to the conversation the chat
// then opens, and carried by the shopper's next message (see migration 0009).
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database, LinkOpenRow, LinkOpenTable } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

/** A link open with the seq of the message that carried it. */
export type ReferralRow = LinkOpenRow & { message_seq: number | null };

export interface LinkForOpen {
  id: string;
  code: string;
  name: string;
  text: string;
  source_type: LinkOpenRow['source_type'];
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  utm_content: string;
  utm_term: string;
  ad_id: string;
  /** The linked product's images; empty without a product. */
  images: string[];
}

/** A business's link by its short code, unless it is disabled. */
export async function findEnabledLink(
  db: Executor,
  businessId: string,
  code: string,
): Promise<LinkForOpen | undefined> {
  const row = await db
    .selectFrom('links')
    .leftJoin('products', 'products.id', 'links.product_id')
    .select([
      'links.id',
      'links.code',
      'links.name',
      'links.text',
      'links.source_type',
      'links.utm_source',
      'links.utm_medium',
      'links.utm_campaign',
      'links.utm_content',
      'links.utm_term',
      'links.ad_id',
      'products.images',
    ])
    .where('links.business_id', '=', businessId)
    .where('links.code', '=', code)
    .where('links.disabled_at', 'is', null)
    .executeTakeFirst();
  return row ? { ...row, images: row.images ?? [] } : undefined;
}

export async function insertLinkOpen(
  db: Executor,
  open: Insertable<LinkOpenTable>,
): Promise<string> {
  const row = await db
    .insertInto('link_opens')
    .values(open)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Attaches an open to a conversation of the same business, once: a replayed or foreign open id
 * changes nothing. The conversation's current and pending referral become this open.
 */
export function attachLinkOpen(
  db: Kysely<Database>,
  attach: {
    openId: string;
    businessId: string;
    conversationId: string;
    fbclid: string | null;
    ctwaClid: string | null;
  },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const attached = await trx
      .updateTable('link_opens')
      .set({
        conversation_id: attach.conversationId,
        attached_at: sql<Date>`now()`,
        fbclid: attach.fbclid,
        ctwa_clid: attach.ctwaClid,
      })
      .where('id', '=', attach.openId)
      .where('business_id', '=', attach.businessId)
      .where('conversation_id', 'is', null)
      .where('attached_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!attached) return false;
    await trx
      .updateTable('conversations')
      .set({ current_referral_id: attach.openId, pending_referral_id: attach.openId })
      .where('id', '=', attach.conversationId)
      .where('business_id', '=', attach.businessId)
      .executeTakeFirstOrThrow();
    return true;
  });
}

/** The shopper's message carries the pending referral; the conversation has none pending after. */
export async function carryReferral(
  trx: Transaction<Database>,
  carry: { conversationId: string; openId: string; messageId: string },
): Promise<void> {
  await trx
    .updateTable('link_opens')
    .set({ message_id: carry.messageId })
    .where('id', '=', carry.openId)
    .where('conversation_id', '=', carry.conversationId)
    .where('message_id', 'is', null)
    .execute();
  await trx
    .updateTable('conversations')
    .set({ pending_referral_id: null })
    .where('id', '=', carry.conversationId)
    .where('pending_referral_id', '=', carry.openId)
    .execute();
}

function selectReferrals(db: Executor) {
  return db
    .selectFrom('link_opens')
    .leftJoin('messages', 'messages.id', 'link_opens.message_id')
    .selectAll('link_opens')
    .select('messages.seq as message_seq');
}

export function findReferralsByIds(db: Executor, ids: string[]): Promise<ReferralRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return selectReferrals(db).where('link_opens.id', 'in', ids).execute();
}

/** Every open attached to a conversation, in the order they were attached. */
export function listReferralsOfConversation(
  db: Executor,
  conversationId: string,
): Promise<ReferralRow[]> {
  return selectReferrals(db)
    .where('link_opens.conversation_id', '=', conversationId)
    .where('link_opens.attached_at', 'is not', null)
    .orderBy('link_opens.attached_at', 'asc')
    .orderBy('link_opens.opened_at', 'asc')
    .execute();
}
