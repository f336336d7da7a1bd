'use client';

import Image from 'next/image';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { openState } from '@/lib/business/hours';
import type { BusinessProfile } from '@/lib/business/profile';
import { LazyInstallOffer } from '../pwa/lazy-install-offer';

interface BusinessProfileSheetProps {
  business: BusinessProfile;
  open: boolean;
  onClose: () => void;
}

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export function BusinessProfileSheet({ business, open, onClose }: BusinessProfileSheetProps) {
  const t = useTranslations('profile');
  const dialog = useRef<HTMLDialogElement>(null);

  // The native modal dialog traps focus, closes on Escape and gives focus back on close.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="profile-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-0 ml-auto h-dvh max-h-none w-full max-w-md bg-white p-0 backdrop:bg-slate-900/40 sm:shadow-2xl"
    >
      {open && <ProfileBody business={business} onClose={onClose} />}
      {!open && (
        <h2 id="profile-title" className="sr-only">
          {t('title')}
        </h2>
      )}
    </dialog>
  );
}

function ProfileBody({ business, onClose }: { business: BusinessProfile; onClose: () => void }) {
  const t = useTranslations('profile');
  const weekday = useTranslations('weekday');
  const state = openState(business.hours, business.timezone, new Date());
  const today = new Intl.DateTimeFormat('en-US', {
    timeZone: business.timezone,
    weekday: 'short',
  }).format(new Date());
  const todayIndex = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(today);
  let next: string | null = null;
  if (state.changesAt) {
    if (state.open) next = t('closesAt', { time: state.changesAt });
    else if (state.changesOnDay === todayIndex) next = t('opensTodayAt', { time: state.changesAt });
    else next = t('opensAt', { day: weekday(String(state.changesOnDay)), time: state.changesAt });
  }

  return (
    <div className="flex h-full flex-col">
      <div className="bg-brand-700 flex items-center gap-2 px-2 py-3 text-white">
        <button
          type="button"
          onClick={onClose}
          aria-label={t('close')}
          className="grid size-10 place-items-center rounded-full hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
        >
          <svg
            aria-hidden
            viewBox="0 0 24 24"
            className="size-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M6 6l12 12M18 6L6 18" strokeLinecap="round" />
          </svg>
        </button>
        <h2 id="profile-title" className="text-lg font-semibold">
          {t('title')}
        </h2>
      </div>
      <div className="flex-1 overflow-y-auto">
        <div className="flex flex-col items-center gap-2 border-b border-slate-100 px-6 py-6 text-center">
          <Image
            src={business.avatarUrl}
            alt=""
            width={112}
            height={112}
            className="size-28 rounded-full object-cover shadow"
          />
          <p className="text-xl font-semibold">{business.name}</p>
          <p className="text-slate-700">{business.about}</p>
          <p
            className={`rounded-full px-3 py-1 text-sm font-medium ${state.open ? 'bg-brand-100 text-brand-900' : 'bg-slate-100 text-slate-800'}`}
          >
            {state.open ? t('openNow') : t('closedNow')}
            {next && <span className="font-normal"> · {next}</span>}
          </p>
        </div>
        <dl className="flex flex-col divide-y divide-slate-100 px-6">
          {business.description && <Field label={t('about')}>{business.description}</Field>}
          {business.address && <Field label={t('address')}>{business.address}</Field>}
          <Field label={t('hours')}>
            <table className="w-full text-sm">
              <caption className="sr-only">{t('hours')}</caption>
              <tbody>
                {WEEK_ORDER.map((day) => {
                  const spans = business.hours[String(day)] ?? [];
                  return (
                    <tr key={day} className={day === todayIndex ? 'font-semibold' : 'font-normal'}>
                      <th scope="row" className="py-0.5 pr-4 text-left [font-weight:inherit]">
                        {weekday(String(day))}
                      </th>
                      <td className="py-0.5 text-right tabular-nums">
                        {spans.length
                          ? spans.map(([from, to]) => `${from}–${to}`).join(', ')
                          : t('closed')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="mt-1 text-xs text-slate-600">
              {t('timezone', { zone: business.timezone })}
            </p>
          </Field>
          {business.website && (
            <Field label={t('website')}>
              <a
                href={business.website}
                rel="noopener noreferrer"
                target="_blank"
                className="text-brand-700 underline"
              >
                {business.website.replace(/^https?:\/\//, '')}
              </a>
            </Field>
          )}
          {business.email && (
            <Field label={t('email')}>
              <a href={`mailto:${business.email}`} className="text-brand-700 underline">
                {business.email}
              </a>
            </Field>
          )}
          {business.phone && <Field label={t('phone')}>{business.phone}</Field>}
        </dl>
        <LazyInstallOffer variant="row" />
      </div>
    </div>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-4">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-1 text-[15px] text-slate-900">{children}</dd>
    </div>
  );
}
