import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { ShortLinkCard } from '@/components/links/short-link-card';
import { isPreviewCrawler } from '@/lib/links/crawlers';
import { fullLinkPath } from '@/lib/links/link-url';
import { shortLinkPreviewMetadata } from '@/lib/links/preview-metadata';
import { findShortLink } from '@/lib/links/short-link';
import { sourceTypeSchema } from '@/lib/protocol/referral.schema';

export const dynamic = 'force-dynamic';

interface ShortLinkPageProps {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ [key: string]: string | string[] | undefined }>;
}

/** The link's card for preview crawlers: its product's, or its business's. */
export async function generateMetadata({ params }: ShortLinkPageProps): Promise<Metadata> {
  return shortLinkPreviewMetadata((await params).code);
}

/**
 * A short link leads to its chat, with `src` (where it was placed, e.g. qr) passed on. The chat
 * page records the open when the redirect lands, so it is counted once and never here. Preview
 * crawlers stay on this page to read its card; a missing or disabled link is a 404 (layout.tsx).
 */
export default async function ShortLinkPage({ params, searchParams }: ShortLinkPageProps) {
  const [{ code }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const link = await findShortLink(code);
  if (!link?.enabled) notFound();
  const src = sourceTypeSchema.safeParse(query.src);
  const target = fullLinkPath(link.business.slug, link, src.success ? src.data : null);
  if (!isPreviewCrawler(requestHeaders.get('user-agent'))) redirect(target);
  return <ShortLinkCard link={link} href={target} />;
}
