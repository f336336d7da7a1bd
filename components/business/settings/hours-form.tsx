'use client';

import { useTranslations } from 'next-intl';
import {
  WEEKDAYS,
  type BusinessSettings,
  type WeeklyHoursInput,
} from '@/lib/protocol/settings.schema';
import { DayHours, type Span } from './day-hours';
import { SaveBar } from './save-bar';
import { Section, SettingsForm } from './settings-form';
import { TimeZoneSelect } from './time-zone-select';
import { useSettingsForm } from './use-settings-form';

// Monday first, as Indonesian shops write their week.
const WEEK_ORDER = ['1', '2', '3', '4', '5', '6', '0'] as const;

// A time input cannot show 24:00: it shows a closing time of midnight as 00:00.
const toInput = (hours: WeeklyHoursInput): WeeklyHoursInput =>
  mapSpans(hours, ([from, to]) => [from, to === '24:00' ? '00:00' : to]);
const fromInput = (hours: WeeklyHoursInput): WeeklyHoursInput =>
  mapSpans(hours, ([from, to]) => [from, to === '00:00' ? '24:00' : to]);

function mapSpans(hours: WeeklyHoursInput, map: (span: Span) => Span): WeeklyHoursInput {
  const week = { ...hours };
  for (const day of WEEKDAYS) week[day] = hours[day].map((span) => map(span));
  return week;
}

const pickHours = (settings: BusinessSettings) => ({
  timezone: settings.timezone,
  hours: toInput(settings.hours),
});

export function HoursForm({ initial, zones }: { initial: BusinessSettings; zones: string[] }) {
  const t = useTranslations('businessSettings');
  const weekday = useTranslations('weekday');
  const form = useSettingsForm(initial, pickHours);
  const { values, change, issues } = form;
  const dayError = (day: string) =>
    Object.keys(issues).some((path) => path === `hours.${day}` || path.startsWith(`hours.${day}.`))
      ? t('errors.hoursSpan')
      : undefined;

  return (
    <SettingsForm
      title={t('hours.heading')}
      onSubmit={() => void form.save({ timezone: values.timezone, hours: fromInput(values.hours) })}
    >
      <Section id="hours-zone" intro={t('hours.intro')}>
        <TimeZoneSelect
          value={values.timezone}
          zones={zones}
          error={issues.timezone ? t('errors.timezone') : undefined}
          onChange={(timezone) => change({ timezone })}
        />
      </Section>
      <Section id="hours-week">
        <div>
          {WEEK_ORDER.map((day) => (
            <DayHours
              key={day}
              day={day}
              dayName={weekday(day)}
              spans={values.hours[day]}
              error={dayError(day)}
              onChange={(spans) => change({ hours: { ...values.hours, [day]: spans } })}
            />
          ))}
        </div>
        <p className="text-sm text-slate-600">{t('hours.midnightHint')}</p>
      </Section>
      <SaveBar status={form.status} updatedElsewhere={form.updatedElsewhere} />
    </SettingsForm>
  );
}
