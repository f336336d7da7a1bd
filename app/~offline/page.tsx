import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ResumeLastChat } from '@/components/pwa/resume-last-chat';

// The service worker precaches this page and shows it for a page that was never opened on this
// device when the network is gone (next-pwa's document fallback). It needs no JavaScript bundle;
// its one inline script sends a home-screen launch on to the last chat.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pwa');
  return { title: t('offlinePageTitle'), robots: { index: false } };
}

export default async function OfflinePage() {
  const t = await getTranslations('pwa');
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-6 py-10">
      <ResumeLastChat />
      <h1 className="text-brand-700 text-2xl font-bold">{t('offlinePageTitle')}</h1>
      <p className="text-slate-700">{t('offlinePageBody')}</p>
      <div className="flex flex-wrap gap-3">
        {/* An empty href is the address that failed, so this retries it, not /~offline. */}
        <a
          href=""
          className="bg-brand-700 focus-visible:outline-brand-600 rounded-full px-5 py-2.5 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {t('offlinePageRetry')}
        </a>
        <Link
          href="/"
          className="text-brand-700 focus-visible:outline-brand-600 rounded-full border border-slate-300 px-5 py-2.5 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {t('offlinePageHome')}
        </Link>
      </div>
    </main>
  );
}
