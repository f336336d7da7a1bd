import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { LinksManager } from '@/components/business/links/links-manager';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { publicOrigin } from '@/lib/http/public-origin';
import { listLinks } from '@/lib/links/link.service';
import { getRuntime } from '@/lib/runtime';
import { findBusinessById } from '@/lib/store/business.repository';
import { listAllProducts } from '@/lib/store/catalog.repository';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessLinks');
  return { title: t('title') };
}

export default async function LinksPage() {
  // The layout shows the sign-in form instead; this page must not read links for nobody.
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const { db } = getRuntime().store;
  const [business, initial, products, requestHeaders] = await Promise.all([
    findBusinessById(db, agent.business_id),
    listLinks(db, agent.business_id, { limit: 50 }),
    listAllProducts(db, agent.business_id),
    headers(),
  ]);
  if (!business) return null;
  return (
    <LinksManager
      initial={initial}
      products={products.map(({ id, name, sku }) => ({ id, name, sku }))}
      origin={publicOrigin(requestHeaders)}
      slug={business.slug}
    />
  );
}
