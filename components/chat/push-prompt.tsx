'use client';
// Loaded lazily by the chat, only after a send in this visit or when notifications are allowed:
// reports the page's visibility for push, and offers notifications after the shopper's first sent
// message. The rules are in lib/client/push/push-rules.ts.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { isInAppBrowser } from '@/lib/client/pwa/in-app-browser';
import { startPresence } from '@/lib/client/push/presence';
import { decidePush, readSnooze, SNOOZE_KEY, SNOOZE_MS } from '@/lib/client/push/push-rules';
import { getSocket } from '@/lib/client/socket';
import { PushCard } from './push-card';

interface PushPromptProps {
  businessName: string;
  /** The shopper sent a message since the page was opened. */
  sentThisVisit: boolean;
}

type Phase = 'idle' | 'working' | 'failed' | 'on' | 'closed';

const loadSubscribe = () => import('@/lib/client/push/subscribe');

function browserFacts() {
  const supported =
    'Notification' in window && 'PushManager' in window && 'serviceWorker' in navigator;
  return {
    supported,
    inAppBrowser: isInAppBrowser(navigator.userAgent),
    permission: supported ? Notification.permission : ('denied' as const),
    snoozedUntil: readSnooze(window.localStorage),
    now: Date.now(),
  };
}

export function PushPrompt({ businessName, sentThisVisit }: PushPromptProps) {
  const t = useTranslations('push');
  const socket = getSocket('shopper');
  const [phase, setPhase] = useState<Phase>('idle');
  const decision = decidePush({ ...browserFacts(), sentThisVisit });

  useEffect(() => startPresence(socket), [socket]);

  // Granted before (here or on another visit): keep the server's copy of the subscription fresh.
  const granted = decision === 'sync';
  useEffect(() => {
    if (!granted) return;
    loadSubscribe()
      .then((push) => push.syncPushSubscription(socket))
      .catch(() => {}); // Nothing to tell the shopper: the next visit tries again.
  }, [granted, socket]);

  function snooze() {
    try {
      window.localStorage.setItem(SNOOZE_KEY, String(Date.now() + SNOOZE_MS));
    } catch {
      // Private modes may refuse storage; the card still closes for this visit.
    }
    setPhase('closed');
  }

  async function turnOn() {
    setPhase('working');
    try {
      const on = await (await loadSubscribe()).turnOnPush(socket);
      // Dismissing the browser's prompt counts as "Not now": asking again soon would nag.
      if (on) setPhase('on');
      else if (Notification.permission === 'default') snooze();
      else setPhase('closed');
    } catch {
      setPhase('failed');
    }
  }

  if (phase === 'on') {
    return (
      <p role="status" className="sr-only">
        {t('enabled')}
      </p>
    );
  }
  if (phase === 'closed' || decision !== 'offer') return null;
  return (
    <PushCard
      businessName={businessName}
      working={phase === 'working'}
      failed={phase === 'failed'}
      onTurnOn={() => void turnOn()}
      onNotNow={snooze}
    />
  );
}
