import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LabelsManager } from '@/components/business/inbox/labels-manager';
import { getCurrentAgent } from '@/lib/business/current-agent';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessInbox.labelForm');
  return { title: t('heading') };
}

export default async function LabelsPage() {
  if (!(await getCurrentAgent())) return null;
  return <LabelsManager />;
}
