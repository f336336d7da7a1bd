import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MessagesForm } from '@/components/business/settings/messages-form';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { getBusinessSettings } from '@/lib/business/settings.service';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessSettings');
  return { title: `${t('nav.messages')} · ${t('title')}` };
}

export default async function MessagesSettingsPage() {
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const settings = await getBusinessSettings(getRuntime().store.db, agent.business_id);
  return <MessagesForm initial={settings} />;
}
