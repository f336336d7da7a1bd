import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BusinessShell } from '@/components/business/shell/business-shell';
import { SignInScreen } from '@/components/business/sign-in/sign-in-screen';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { getRuntime } from '@/lib/runtime';
import { findBusinessById } from '@/lib/store/business.repository';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessShell');
  return {
    title: t('title'),
    // The business app is private: search engines have nothing to find here.
    robots: { index: false, follow: false },
  };
}

/**
 * Every /business page renders inside this shell, or not at all: without an agent session (a
 * shopper's cookie included) the sign-in form stands in for the page. Pages still check the
 * session themselves, since Next may render a page in parallel with its layout.
 */
export default async function BusinessLayout({ children }: { children: React.ReactNode }) {
  const agent = await getCurrentAgent();
  if (!agent) return <SignInScreen />;
  const business = await findBusinessById(getRuntime().store.db, agent.business_id);
  return (
    <BusinessShell businessName={business?.name ?? ''} agentName={agent.display_name}>
      {children}
    </BusinessShell>
  );
}
