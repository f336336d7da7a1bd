import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InboxScreen } from '@/components/business/inbox/inbox-screen';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { toBusinessProfile } from '@/lib/business/profile';
import { getRuntime } from '@/lib/runtime';
import { findBusinessById } from '@/lib/store/business.repository';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessInbox');
  return { title: t('title') };
}

/** The inbox, the landing page of /business. The layout signs in; this checks again for itself. */
export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const business = await findBusinessById(getRuntime().store.db, agent.business_id);
  if (!business) return null;
  const { conversation } = await searchParams;
  const initialConversationId =
    typeof conversation === 'string' && UUID.test(conversation) ? conversation : null;
  return (
    <InboxScreen
      business={toBusinessProfile(business)}
      initialConversationId={initialConversationId}
    />
  );
}
