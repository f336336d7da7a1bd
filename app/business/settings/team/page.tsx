import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TeamView } from '@/components/business/team/team-view';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { listTeam } from '@/lib/identity/team';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessShell.team');
  return { title: t('title') };
}

export default async function TeamPage() {
  // The layout shows the sign-in form instead; this page must not list anyone for nobody.
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const members = await listTeam(getRuntime().store.db, agent.business_id);
  return <TeamView initial={members} me={agent.id} isOwner={agent.role === 'owner'} />;
}
