// The link parameters a shopper lands on /c/[slug] with: a prefilled text, a product, and the
// campaign fields that say where the shopper came from. Anyone can write a URL, so every value is
// cleaned: free text is cut to its limit (a long caption still prefills), identifiers that only
// mean something whole (click ids, ref) are dropped when malformed, and arrays are ignored.
import { LINK_PARAM_LIMITS, sourceTypes, type SourceType } from '../protocol/referral.schema';

export type SearchParams = { [key: string]: string | string[] | undefined };

export interface Utm {
  source: string;
  medium: string;
  campaign: string;
  content: string;
  term: string;
}

export interface Landing {
  /** Prefills the composer; '' when none. */
  text: string;
  productSku: string | null;
  utm: Utm;
  adId: string;
  fbclid: string | null;
  ctwaClid: string | null;
  ref: string;
  /** Where the link was placed, as the link itself says (?src=). */
  src: SourceType | null;
  sourceType: SourceType;
  /** Whether any campaign field came with the landing: only then is an open recorded. */
  attributed: boolean;
}

// A SKU from a shared link: short, and only the characters SKUs are made of.
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const REF = new RegExp(`^[A-Za-z0-9._-]{1,${LINK_PARAM_LIMITS.ref}}$`);
const CLICK_ID = new RegExp(`^[\\x21-\\x7E]{1,${LINK_PARAM_LIMITS.clickId}}$`);
const PAID_MEDIUMS = new Set([
  'cpc',
  'cpm',
  'ppc',
  'paid',
  'paid_social',
  'paidsocial',
  'ad',
  'ads',
]);
const POST_MEDIUMS = new Set(['social', 'organic', 'organic_social', 'post']);

/** A single value: repeated parameters (arrays) are ambiguous and ignored. */
function single(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

// NUL cannot be stored and an unpaired surrogate would come back as U+FFFD.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Campaign fields are one line of plain text.
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** Cuts to `limit` UTF-16 units without leaving half of a surrogate pair behind. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}

export function cleanText(value: string | string[] | undefined): string {
  const text = single(value).replace(UNSTORABLE, '').trim();
  return cut(text, LINK_PARAM_LIMITS.text).trimEnd();
}

function cleanField(value: string | string[] | undefined, limit: number): string {
  const field = single(value).replace(UNSTORABLE, '').replace(CONTROL, ' ').trim();
  return cut(field, limit).trimEnd();
}

function matching(value: string | string[] | undefined, pattern: RegExp): string | null {
  const text = single(value).trim();
  return pattern.test(text) ? text : null;
}

function placement(value: string | string[] | undefined): SourceType | null {
  const text = single(value).trim().toLowerCase();
  return (sourceTypes as readonly string[]).includes(text) ? (text as SourceType) : null;
}

/** Where the shopper came from: as the link says, else told by its campaign fields. */
export function sourceTypeOf(
  landing: Pick<Landing, 'src' | 'adId' | 'ctwaClid'> & { medium: string },
): SourceType {
  if (landing.src) return landing.src;
  const medium = landing.medium.toLowerCase();
  if (landing.adId || landing.ctwaClid || PAID_MEDIUMS.has(medium)) return 'ad';
  if (POST_MEDIUMS.has(medium)) return 'post';
  return 'link';
}

export function parseLanding(query: SearchParams): Landing {
  const utm: Utm = {
    source: cleanField(query.utm_source, LINK_PARAM_LIMITS.utm),
    medium: cleanField(query.utm_medium, LINK_PARAM_LIMITS.utm),
    campaign: cleanField(query.utm_campaign, LINK_PARAM_LIMITS.utm),
    content: cleanField(query.utm_content, LINK_PARAM_LIMITS.utm),
    term: cleanField(query.utm_term, LINK_PARAM_LIMITS.utm),
  };
  const adId = cleanField(query.ad_id, LINK_PARAM_LIMITS.adId);
  const fbclid = matching(query.fbclid, CLICK_ID);
  const ctwaClid = matching(query.ctwa_clid, CLICK_ID);
  const ref = matching(query.ref, REF) ?? '';
  const src = placement(query.src);
  const attributed =
    Object.values(utm).some(Boolean) || Boolean(adId || fbclid || ctwaClid || ref || src);
  return {
    text: cleanText(query.text),
    productSku: matching(query.product, SKU),
    utm,
    adId,
    fbclid,
    ctwaClid,
    ref,
    src,
    sourceType: sourceTypeOf({ src, adId, ctwaClid, medium: utm.medium }),
    attributed,
  };
}

/**
 * The link the shopper arrived through, as kept with the open: the page's path with the
 * parameters as cleaned, click ids left out (they are stored only with a conversation).
 */
export function landingUrl(path: string, query: SearchParams, landing: Landing): string {
  const kept: Record<string, string | null> = {
    text: landing.text,
    product: landing.productSku,
    utm_source: landing.utm.source,
    utm_medium: landing.utm.medium,
    utm_campaign: landing.utm.campaign,
    utm_content: landing.utm.content,
    utm_term: landing.utm.term,
    ad_id: landing.adId,
    ref: landing.ref,
    src: landing.src,
  };
  const params = new URLSearchParams();
  for (const key of Object.keys(query)) {
    const value = kept[key];
    if (value) params.append(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
