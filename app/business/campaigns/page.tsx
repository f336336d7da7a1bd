import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CampaignsView } from '@/components/business/campaigns/campaigns-view';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { DEFAULT_TIME_ZONE } from '@/lib/protocol/settings.schema';
import { buildCampaignReport } from '@/lib/reports/campaign-report';
import { lastDays } from '@/lib/reports/report-range';
import { getRuntime } from '@/lib/runtime';
import { findBusinessById } from '@/lib/store/business.repository';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessCampaigns');
  return { title: t('title') };
}

export default async function CampaignsPage() {
  // The layout shows the sign-in form instead; this page must not read a report for nobody.
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const { db } = getRuntime().store;
  const business = await findBusinessById(db, agent.business_id);
  const timeZone = business?.timezone || DEFAULT_TIME_ZONE;
  const initial = await buildCampaignReport(db, agent.business_id, lastDays(7, timeZone));
  return <CampaignsView initial={initial} />;
}
