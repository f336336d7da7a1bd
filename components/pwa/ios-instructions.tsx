'use client';

import { useTranslations } from 'next-intl';
import { CloseIcon } from '../ui/icons';

/** iOS Safari has no install prompt: the two taps that add Obrol to the Home Screen. */
export function IosInstructions({ onDismiss }: { onDismiss: () => void }) {
  const t = useTranslations('pwa');
  return (
    <section
      aria-labelledby="ios-install-title"
      className="border-brand-100 bg-brand-50 relative flex flex-col gap-2 rounded-2xl border p-4 pr-12"
    >
      <h2 id="ios-install-title" className="text-brand-900 font-semibold">
        {t('iosTitle')}
      </h2>
      <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm text-slate-700">
        <li>
          {t('iosShare')} <ShareIcon />
        </li>
        <li>{t('iosAdd')}</li>
      </ol>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t('dismiss')}
        className="focus-visible:outline-brand-600 absolute top-2 right-2 grid size-10 place-items-center rounded-full text-slate-600 hover:bg-white focus-visible:outline-2"
      >
        <CloseIcon />
      </button>
    </section>
  );
}

/** Safari's share symbol, so the step can be matched to the toolbar at a glance. */
function ShareIcon() {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      className="text-brand-700 inline size-5 align-text-bottom"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <path d="M12 3v12M8 7l4-4 4 4M7 11H5v10h14V11h-2" />
    </svg>
  );
}
