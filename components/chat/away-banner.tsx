'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { nextOpening } from '@/lib/business/hours';
import type { WeeklyHours } from '@/lib/store/schema';

// The minute as a snapshot: the banner re-renders when the minute changes, and shows nothing
// while rendering on the server, whose clock and the phone's might straddle opening time.
function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
}
const currentMinute = () => Math.floor(Date.now() / 60_000);
const serverMinute = () => null;

interface AwayBannerProps {
  hours: WeeklyHours;
  timeZone: string;
}

/** "We're away — we'll reply at 09:00" outside business hours, from the hours the page has. */
export function AwayBanner({ hours, timeZone }: AwayBannerProps) {
  const t = useTranslations('businessSettings');
  const weekday = useTranslations('weekday');
  const locale = useLocale();
  const minute = useSyncExternalStore(subscribe, currentMinute, serverMinute);
  if (minute === null) return null;
  const next = nextOpening(hours, timeZone, new Date(minute * 60_000));
  if (!next) return null;
  // Indonesian writes times as 09.00.
  const time = locale === 'id' ? next.time.replace(':', '.') : next.time;
  return (
    <p
      role="status"
      className="mx-auto mb-1 w-fit max-w-[calc(100%-1rem)] rounded-full bg-amber-50 px-3 py-1 text-center text-sm text-amber-950 shadow-sm ring-1 ring-amber-200"
    >
      {next.today
        ? t('shopperAwayToday', { time })
        : t('shopperAwayLater', { time, day: weekday(String(next.day)) })}
    </p>
  );
}
