'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { dismiss, isDismissed } from '@/lib/client/pwa/dismissals';
import { isInAppBrowser } from '@/lib/client/pwa/in-app-browser';
import { chooseInstallOffer } from '@/lib/client/pwa/install-offer';
import {
  getInstallState,
  promptInstall,
  subscribeInstallState,
} from '@/lib/client/pwa/install-prompt';
import { isIosSafari, isStandalone } from '@/lib/client/pwa/platform';
import { InAppHint } from './in-app-hint';
import { IosInstructions } from './ios-instructions';

interface InstallOfferViewProps {
  /** card: a box with an explanation (home page); row: one line in a sheet (the shop's profile). */
  variant: 'card' | 'row';
}

/** The "Install app" button, iOS's steps or the in-app browser hint, whichever fits the browser. */
export default function InstallOfferView({ variant }: InstallOfferViewProps) {
  const t = useTranslations('pwa');
  const installState = useSyncExternalStore(
    subscribeInstallState,
    getInstallState,
    () => 'unavailable' as const,
  );
  const [browser] = useState(() => ({
    inAppBrowser: isInAppBrowser(navigator.userAgent),
    standalone: isStandalone(),
    iosSafari: isIosSafari(navigator.userAgent, navigator.maxTouchPoints),
  }));
  const [dismissed, setDismissed] = useState(() => ({
    ios: isDismissed('ios-install'),
    inApp: isDismissed('in-app-hint'),
  }));
  const offer = chooseInstallOffer({ ...browser, installState });
  // In a sheet, content sits under a divider; the chat shows its own in-app hint (chat-in-app-hint).
  const place = (content: React.ReactNode) =>
    variant === 'row' ? (
      <div className="border-t border-slate-100 px-6 py-4">{content}</div>
    ) : (
      content
    );

  if (offer === 'in-app' && !dismissed.inApp && variant === 'card') {
    return (
      <InAppHint
        onDismiss={() => {
          dismiss('in-app-hint');
          setDismissed((current) => ({ ...current, inApp: true }));
        }}
      />
    );
  }
  if (offer === 'ios' && !dismissed.ios) {
    return place(
      <IosInstructions
        onDismiss={() => {
          dismiss('ios-install');
          setDismissed((current) => ({ ...current, ios: true }));
        }}
      />,
    );
  }
  if (offer !== 'prompt') return null;

  const button = (
    <button
      type="button"
      onClick={() => void promptInstall()}
      className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-600 inline-flex items-center gap-2 self-start rounded-full px-4 py-2 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      <InstallIcon />
      {t('install')}
    </button>
  );
  if (variant === 'row') return place(button);
  return (
    <section
      aria-labelledby="install-title"
      className="border-brand-100 bg-brand-50 flex flex-col gap-2 rounded-2xl border p-4"
    >
      <h2 id="install-title" className="text-brand-900 font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('installHint')}</p>
      {button}
    </section>
  );
}

function InstallIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor">
      <path d="M12 4v11m0 0l-4-4m4 4l4-4M5 19h14" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
