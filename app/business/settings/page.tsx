import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProfileForm } from '@/components/business/settings/profile-form';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { getBusinessSettings } from '@/lib/business/settings.service';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessSettings');
  return { title: `${t('nav.profile')} · ${t('title')}` };
}

export default async function ProfileSettingsPage() {
  // The layout shows the sign-in form instead; nothing of a business is rendered for nobody.
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const settings = await getBusinessSettings(getRuntime().store.db, agent.business_id);
  return <ProfileForm initial={settings} />;
}
