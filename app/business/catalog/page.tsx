import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CatalogManager } from '@/components/business/catalog/catalog-manager';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { listAdminCatalog } from '@/lib/catalog/catalog-admin.service';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessCatalog');
  return { title: t('title') };
}

export default async function CatalogPage() {
  // The layout shows the sign-in form instead; this page must not read a catalog for nobody.
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const initial = await listAdminCatalog(getRuntime().store.db, {
    role: 'agent',
    agentId: agent.id,
    businessId: agent.business_id,
    agentName: agent.display_name,
    agentRole: agent.role,
  });
  return <CatalogManager initial={initial} />;
}
