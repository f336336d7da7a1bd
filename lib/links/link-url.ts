// The URLs of a link made in the builder: its full form (the chat with every parameter), its
// short form (/l/<code>) and what its QR code encodes. Used by the server and the browser alike.
import type { Link } from '../protocol/links.schema';
import type { SourceType } from '../protocol/referral.schema';

/** What the URLs are built from: a Link, or the store's look-up of a short code. */
export type LinkTarget = Pick<Link, 'code' | 'text' | 'utm' | 'adId'> & {
  productSku: string | null;
};

/** The chat path with the link's parameters, only those that have a value; `src` when given. */
export function fullLinkPath(slug: string, link: LinkTarget, src?: SourceType | null): string {
  const entries: Array<[string, string]> = [
    ['text', link.text],
    ['product', link.productSku ?? ''],
    ['utm_source', link.utm.source],
    ['utm_medium', link.utm.medium],
    ['utm_campaign', link.utm.campaign],
    ['utm_content', link.utm.content],
    ['utm_term', link.utm.term],
    ['ad_id', link.adId],
    ['ref', link.code],
    ['src', src ?? ''],
  ];
  const query = new URLSearchParams(entries.filter(([, value]) => value !== ''));
  return `/c/${encodeURIComponent(slug)}?${query.toString()}`;
}

export function fullLinkUrl(origin: string, slug: string, link: LinkTarget): string {
  return `${origin}${fullLinkPath(slug, link)}`;
}

export function shortLinkUrl(origin: string, code: string): string {
  return `${origin}/l/${code}`;
}

/** The QR code leads to the short link marked as scanned, so its opens count as `qr`. */
export function qrCodeUrl(origin: string, code: string): string {
  return `${shortLinkUrl(origin, code)}?src=qr`;
}

/** A Link as the URL builders take it. */
export function linkTarget(link: Link): LinkTarget {
  return { ...link, productSku: link.product?.sku ?? null };
}
