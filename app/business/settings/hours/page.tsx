import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { HoursForm } from '@/components/business/settings/hours-form';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { getBusinessSettings } from '@/lib/business/settings.service';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessSettings');
  return { title: `${t('nav.hours')} · ${t('title')}` };
}

export default async function HoursSettingsPage() {
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const settings = await getBusinessSettings(getRuntime().store.db, agent.business_id);
  // The zones this server accepts (settings.schema isTimeZone), so every choice can be saved.
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone')];
  return <HoursForm initial={settings} zones={zones} />;
}
