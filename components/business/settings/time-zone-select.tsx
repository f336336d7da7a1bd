'use client';

import { useTranslations } from 'next-intl';

const INDONESIA = [
  { zone: 'Asia/Jakarta', key: 'wib' },
  { zone: 'Asia/Makassar', key: 'wita' },
  { zone: 'Asia/Jayapura', key: 'wit' },
] as const;

interface TimeZoneSelectProps {
  value: string;
  /** Every IANA zone the server accepts, from Intl on the server. */
  zones: string[];
  error?: string | undefined;
  onChange: (zone: string) => void;
}

/** A plain select: Indonesia's three zones first, then every zone by name. */
export function TimeZoneSelect({ value, zones, error, onChange }: TimeZoneSelectProps) {
  const t = useTranslations('businessSettings.hours');
  const indonesian = new Set<string>(INDONESIA.map((entry) => entry.zone));
  return (
    <div>
      <label htmlFor="settings-timezone" className="block text-sm font-medium text-slate-800">
        {t('timezone')}
      </label>
      <select
        id="settings-timezone"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'settings-timezone-error' : undefined}
        onChange={(event) => onChange(event.target.value)}
        className="focus:border-brand-700 focus:outline-brand-700/30 mt-1 block w-full max-w-md rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] text-slate-900 focus:outline-2"
      >
        <optgroup label={t('indonesia')}>
          {INDONESIA.map((entry) => (
            <option key={entry.zone} value={entry.zone}>
              {`${entry.zone} — ${t(entry.key)}`}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('allZones')}>
          {zones
            .filter((zone) => !indonesian.has(zone))
            .map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
        </optgroup>
      </select>
      {error && (
        <p id="settings-timezone-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
