'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { control } from '@/components/business/form/field';
import { dayNumber, MAX_REPORT_DAYS, type ReportRange } from '@/lib/protocol/report.schema';
import { lastDays } from '@/lib/reports/report-range';

const PRESETS = [7, 30] as const;

type RangeError = 'date' | 'order' | 'tooLong';

/** The same rules as the server's schema, in the page's language. */
function checkRange({ from, to }: ReportRange): RangeError | null {
  const [first, last] = [dayNumber(from), dayNumber(to)];
  if (first === null || last === null) return 'date';
  if (first > last) return 'order';
  return last - first + 1 > MAX_REPORT_DAYS ? 'tooLong' : null;
}

interface RangeFormProps {
  range: ReportRange;
  /** The business's time zone: "the last 7 days" end today there. */
  timeZone: string;
  busy: boolean;
  onChange: (range: ReportRange) => void;
}

/** From and To dates, shown on submit, and presets that show their range at once. */
export function RangeForm({ range, timeZone, busy, onChange }: RangeFormProps) {
  const t = useTranslations('businessCampaigns.range');
  const [draft, setDraft] = useState(range);
  const [error, setError] = useState<RangeError | null>(null);

  const apply = (next: ReportRange) => {
    const problem = checkRange(next);
    setError(problem);
    if (!problem) onChange(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const pick = (days: number) => {
    const next = lastDays(days, timeZone);
    setDraft(next);
    apply(next);
  };

  const input = (key: keyof ReportRange) => (
    <div>
      <label htmlFor={`campaigns-${key}`} className="block text-sm font-medium text-slate-800">
        {t(key)}
      </label>
      <input
        id={`campaigns-${key}`}
        type="date"
        required
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'campaigns-range-error' : undefined}
        className={`${control} sm:w-44`}
      />
    </div>
  );

  return (
    <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3" noValidate>
      {input('from')}
      {input('to')}
      <button
        type="submit"
        disabled={busy}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
      >
        {t('apply')}
      </button>
      <div role="group" aria-label={t('presets')} className="flex gap-2">
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            disabled={busy}
            onClick={() => pick(days)}
            className="focus-visible:outline-brand-700 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
          >
            {t('lastDays', { days })}
          </button>
        ))}
      </div>
      <p
        id="campaigns-range-error"
        role="alert"
        className="w-full text-sm font-medium text-red-700 empty:hidden"
      >
        {error && t(`errors.${error}`, { max: MAX_REPORT_DAYS })}
      </p>
    </form>
  );
}
