// Referrals: a shopper's arrival through a link is recorded when the page is served, attached to
// the conversation the chat opens with it, and carried by the shopper's next message. Agents see
// them; shoppers never do.
import { Transaction, type Kysely } from 'kysely';
import type { Arrival } from '../protocol/chat.schema';
import type { Referral } from '../protocol/referral.schema';
import {
  attachLinkOpen,
  carryReferral,
  findEnabledLink,
  findReferralsByIds,
  insertLinkOpen,
  listReferralsOfConversation,
  type ReferralRow,
} from '../store/link-open.repository';
import { findBusinessBySlug } from '../store/business.repository';
import type { ConversationRow, Database } from '../store/schema';
import { isPreviewCrawler } from './crawlers';
import { landingUrl, parseLanding, type Landing, type SearchParams } from './landing';
import { toUtm } from './utm';

// The code rule of the links table: anything else cannot name a link.
const LINK_CODE = /^[A-Za-z0-9]{4,16}$/;

/** Records an arrival through a link; returns the open's id for the chat to attach. */
export async function recordLinkOpen(
  db: Kysely<Database>,
  businessId: string,
  landing: Landing,
  sourceUrl: string,
): Promise<string> {
  const link = LINK_CODE.test(landing.ref)
    ? await findEnabledLink(db, businessId, landing.ref)
    : undefined;
  // A builder link's own fields fill what its URL left out.
  const utm = {
    utm_source: landing.utm.source || (link?.utm_source ?? ''),
    utm_medium: landing.utm.medium || (link?.utm_medium ?? ''),
    utm_campaign: landing.utm.campaign || (link?.utm_campaign ?? ''),
    utm_content: landing.utm.content || (link?.utm_content ?? ''),
    utm_term: landing.utm.term || (link?.utm_term ?? ''),
  };
  const adId = landing.adId || (link?.ad_id ?? '');
  return insertLinkOpen(db, {
    business_id: businessId,
    link_id: link?.id ?? null,
    source_type: landing.src ?? link?.source_type ?? landing.sourceType,
    source_id: link ? link.code : adId || landing.ref,
    source_url: sourceUrl,
    headline: link ? link.name : utm.utm_content,
    body: link ? link.text : '',
    media_url: link?.images[0] ?? '',
    ref: landing.ref,
    ...utm,
    ad_id: adId,
  });
}

/** What the chat page hands its client: the open to attach, and the click ids to store with it. */
export interface LandingArrival {
  openId: string;
  fbclid: string | null;
  ctwaClid: string | null;
}

/**
 * A shopper landing on a business's chat: the link parameters, and the open recorded when they
 * came through a link (never for a preview crawler).
 */
export async function recordLanding(
  db: Kysely<Database>,
  landed: { slug: string; query: SearchParams; userAgent: string | null },
): Promise<{ landing: Landing; arrival: LandingArrival | null }> {
  const landing = parseLanding(landed.query);
  if (!landing.attributed || isPreviewCrawler(landed.userAgent)) return { landing, arrival: null };
  const business = await findBusinessBySlug(db, landed.slug);
  if (!business) return { landing, arrival: null };
  const path = `/c/${landed.slug}`;
  const openId = await recordLinkOpen(
    db,
    business.id,
    landing,
    landingUrl(path, landed.query, landing),
  );
  return { landing, arrival: { openId, fbclid: landing.fbclid, ctwaClid: landing.ctwaClid } };
}

/**
 * Attaches the open the shopper arrived with to their conversation. An open of another business,
 * or one attached already (a replay, another shopper's id), is ignored: nothing changes.
 */
export function attachArrival(
  db: Kysely<Database>,
  conversation: ConversationRow,
  arrival: Arrival,
): Promise<boolean> {
  return attachLinkOpen(db, {
    openId: arrival.openId,
    businessId: conversation.business_id,
    conversationId: conversation.id,
    fbclid: arrival.fbclid ?? null,
    ctwaClid: arrival.ctwaClid ?? null,
  });
}

/**
 * The shopper's message carries the referral waiting for it. Costs nothing when none waits: the
 * conversation row, already read by the caller, says so.
 */
export async function carryPendingReferral(
  db: Kysely<Database> | Transaction<Database>,
  conversation: ConversationRow,
  messageId: string,
): Promise<void> {
  const openId = conversation.pending_referral_id;
  if (!openId) return;
  const carry = { conversationId: conversation.id, openId, messageId };
  if (db instanceof Transaction) await carryReferral(db, carry);
  else await db.transaction().execute((trx) => carryReferral(trx, carry));
}

export function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    sourceType: row.source_type,
    sourceId: row.source_id,
    sourceUrl: row.source_url,
    headline: row.headline,
    body: row.body,
    mediaUrl: row.media_url || null,
    ref: row.ref,
    adId: row.ad_id,
    utm: toUtm(row),
    clickIds: { fbclid: row.fbclid, ctwaClid: row.ctwa_clid },
    landedAt: row.opened_at.toISOString(),
    messageSeq: row.message_seq,
  };
}

/** The latest referral of each conversation that has one, by conversation id. */
export async function loadCurrentReferrals(
  db: Kysely<Database>,
  conversations: ConversationRow[],
): Promise<Map<string, Referral>> {
  const ids = conversations.flatMap((row) =>
    row.current_referral_id ? [row.current_referral_id] : [],
  );
  const rows = await findReferralsByIds(db, ids);
  const byOpen = new Map(rows.map((row) => [row.id, toReferral(row)]));
  const referrals = new Map<string, Referral>();
  for (const conversation of conversations) {
    const referral = byOpen.get(conversation.current_referral_id ?? '');
    if (referral) referrals.set(conversation.id, referral);
  }
  return referrals;
}

export async function listReferrals(
  db: Kysely<Database>,
  conversationId: string,
): Promise<Referral[]> {
  return (await listReferralsOfConversation(db, conversationId)).map(toReferral);
}
