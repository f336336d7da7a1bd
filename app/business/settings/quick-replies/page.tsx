import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { QuickRepliesManager } from '@/components/business/inbox/quick-replies-manager';
import { getCurrentAgent } from '@/lib/business/current-agent';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessInbox.quickReplyForm');
  return { title: t('heading') };
}

export default async function QuickRepliesPage() {
  if (!(await getCurrentAgent())) return null;
  return <QuickRepliesManager />;
}
