// A short link (/l/<code>) as its page and its preview metadata see it: the link, where it leads,
// and the business behind it. Read once per request however many parts of the page ask.
import { cache } from 'react';
import { SHORT_CODE_PATTERN } from '../protocol/links.schema';
import type { SourceType } from '../protocol/referral.schema';
import { getRuntime } from '../runtime';
import { findLinkByCode } from '../store/link.repository';
import type { LinkTarget } from './link-url';
import { toUtm } from './utm';

export interface ShortLink extends LinkTarget {
  name: string;
  sourceType: SourceType;
  /** False once the business disabled the link: it answers a friendly 404 instead. */
  enabled: boolean;
  productName: string | null;
  /** The linked product's first image, when it has one. */
  productImageUrl: string | null;
  business: { slug: string; name: string; about: string; avatarUrl: string };
}

export const findShortLink = cache(async (code: string): Promise<ShortLink | null> => {
  if (!SHORT_CODE_PATTERN.test(code)) return null;
  const row = await findLinkByCode(getRuntime().store.db, code);
  if (!row) return null;
  return {
    code: row.code,
    name: row.name,
    sourceType: row.source_type,
    enabled: row.disabled_at === null,
    text: row.text,
    productSku: row.product_sku,
    productName: row.product_name,
    productImageUrl: row.product_images?.[0] ?? null,
    utm: toUtm(row),
    adId: row.ad_id,
    business: {
      slug: row.business_slug,
      name: row.business_name,
      about: row.business_about,
      avatarUrl: row.business_avatar_url,
    },
  };
});
