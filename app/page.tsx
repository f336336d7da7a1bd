import Image from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LazyInstallOffer } from '@/components/pwa/lazy-install-offer';
import { ResumeLastChat } from '@/components/pwa/resume-last-chat';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { getBusinessDirectory } from '@/lib/business/queries';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [t, businesses] = await Promise.all([getTranslations('app'), getBusinessDirectory()]);
  return (
    <main className="mx-auto flex min-h-full max-w-2xl flex-col gap-8 px-5 py-10">
      <ResumeLastChat />
      <header className="flex flex-col gap-3">
        <div className="flex items-center justify-between gap-4">
          <p className="text-brand-700 flex items-center gap-2 text-2xl font-bold">
            <span
              aria-hidden
              className="bg-brand-700 grid size-9 place-items-center rounded-xl text-white"
            >
              O
            </span>
            {t('name')}
          </p>
          <LanguageSwitch />
        </div>
        <p className="max-w-md text-lg text-slate-700">{t('tagline')}</p>
      </header>
      <LazyInstallOffer variant="card" />
      <section aria-labelledby="directory-title" className="flex flex-col gap-3">
        <h1
          id="directory-title"
          className="text-sm font-semibold tracking-wide text-slate-600 uppercase"
        >
          {t('directoryTitle')}
        </h1>
        <ul className="flex flex-col gap-3">
          {businesses.map((business) => (
            <li key={business.slug}>
              <Link
                href={`/c/${business.slug}`}
                className="hover:border-brand-500 focus-visible:outline-brand-600 flex items-center gap-4 rounded-2xl border border-slate-200 p-4 shadow-sm transition hover:shadow focus-visible:outline-2"
              >
                <Image
                  src={business.avatarUrl || '/images/placeholder-avatar.svg'}
                  alt=""
                  width={56}
                  height={56}
                  className="size-14 rounded-full object-cover"
                />
                <span className="flex min-w-0 flex-col">
                  <span className="font-semibold">{business.name}</span>
                  <span className="truncate text-sm text-slate-600">{business.about}</span>
                  <span className="text-brand-700 mt-1 text-sm font-medium">
                    {t('openChat', { name: business.name })} →
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="text-sm text-slate-600">{t('privacy')}</p>
    </main>
  );
}
