'use client';

import { useTranslations } from 'next-intl';
import { MAX_SPANS_PER_DAY } from '@/lib/protocol/settings.schema';

export type Span = [string, string];

interface DayHoursProps {
  day: string;
  dayName: string;
  spans: Span[];
  error?: string | undefined;
  onChange: (spans: Span[]) => void;
}

// Inputs share the row and shrink on a phone, so the remove button stays beside them.
const timeInput =
  'min-w-0 max-w-[9.5rem] flex-1 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm tabular-nums sm:text-[15px] text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700/30 aria-invalid:border-red-700';

/** One weekday: open or closed, and its opening periods. Times are local to the business. */
export function DayHours({ day, dayName, spans, error, onChange }: DayHoursProps) {
  const t = useTranslations('businessSettings.hours');
  const open = spans.length > 0;
  const errorId = `hours-${day}-error`;
  const set = (index: number, part: 0 | 1, value: string) =>
    onChange(
      spans.map((span, i): Span => {
        if (i !== index) return span;
        return part === 0 ? [value, span[1]] : [span[0], value];
      }),
    );

  return (
    <div className="flex flex-col gap-2 border-b border-slate-100 py-3 last:border-b-0 sm:flex-row sm:items-start">
      <div className="flex w-40 shrink-0 items-center gap-2 sm:pt-1.5">
        <input
          id={`hours-${day}-open`}
          type="checkbox"
          checked={open}
          onChange={(event) => onChange(event.target.checked ? [['09:00', '17:00']] : [])}
          className="accent-brand-700 size-5"
        />
        <label htmlFor={`hours-${day}-open`} className="font-medium text-slate-900">
          {dayName}
        </label>
      </div>
      <div className="min-w-0 flex-1">
        {!open && <p className="py-1.5 text-slate-600">{t('closedAllDay')}</p>}
        <ul className="space-y-2">
          {spans.map(([from, to], index) => {
            const number = index + 1;
            return (
              <li key={index} className="flex items-center gap-1.5 sm:gap-2">
                <input
                  type="time"
                  value={from}
                  required
                  aria-label={t('opens', { day: dayName, number })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) => set(index, 0, event.target.value)}
                  className={timeInput}
                />
                <span className="shrink-0 text-sm text-slate-600">{t('to')}</span>
                <input
                  type="time"
                  value={to}
                  required
                  aria-label={t('closes', { day: dayName, number })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) => set(index, 1, event.target.value)}
                  className={timeInput}
                />
                <button
                  type="button"
                  aria-label={t('removePeriod', { day: dayName, number })}
                  onClick={() => onChange(spans.filter((_, i) => i !== index))}
                  className="focus-visible:outline-brand-700 grid size-9 shrink-0 place-items-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2"
                >
                  <svg
                    aria-hidden
                    viewBox="0 0 24 24"
                    className="size-5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                  >
                    <path d="M6 6l12 12M18 6L6 18" strokeLinecap="round" />
                  </svg>
                </button>
              </li>
            );
          })}
        </ul>
        {open && spans.length < MAX_SPANS_PER_DAY && (
          <button
            type="button"
            aria-label={t('addPeriod', { day: dayName })}
            onClick={() => onChange([...spans, ['13:00', '17:00']])}
            className="text-brand-700 hover:text-brand-900 focus-visible:outline-brand-700 mt-2 rounded text-sm font-semibold underline-offset-2 hover:underline focus-visible:outline-2"
          >
            + {t('addPeriodShort')}
          </button>
        )}
        {error && (
          <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
