'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { locales } from '@/lib/i18n/config';
import { setLocale } from '@/lib/i18n/actions';

export function LanguageSwitch({ tone = 'light' }: { tone?: 'light' | 'dark' }) {
  const t = useTranslations('language');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // On the green header it is a small "EN" pill beside the header's buttons, leaving room for names.
  const colours =
    tone === 'dark'
      ? 'appearance-none border-white/30 bg-brand-800 px-2 text-white sm:appearance-auto sm:px-1.5'
      : 'border-slate-300 bg-white px-1.5 text-slate-800';

  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('label')}</span>
      <span
        aria-hidden
        className={tone === 'dark' ? 'hidden text-white/80 sm:inline' : 'text-slate-500'}
      >
        <GlobeIcon />
      </span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocale(next);
            router.refresh();
          });
        }}
        className={`rounded-lg border py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-white ${colours}`}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {tone === 'dark' ? option.toUpperCase() : t(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

function GlobeIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
    </svg>
  );
}
