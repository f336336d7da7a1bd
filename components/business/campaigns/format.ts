// Numbers in the campaign report as people read them, in the page's language.
import { useLocale } from 'next-intl';
import { useMemo } from 'react';
import { formatMoney } from '@/lib/i18n/money';

const numberLocale = (locale: string) => (locale === 'id' ? 'id-ID' : 'en-ID');

export function useReportFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const count = new Intl.NumberFormat(numberLocale(locale));
    const percent = new Intl.NumberFormat(numberLocale(locale), {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const day = new Intl.DateTimeFormat(numberLocale(locale), {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const date = new Intl.DateTimeFormat(numberLocale(locale), {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    // A calendar date is read at UTC midnight, so no zone can move it to another day.
    const atMidnight = (value: string) => new Date(`${value}T00:00:00Z`);
    return {
      count: (value: number) => count.format(value),
      rupiah: (value: number) => formatMoney(value, 'IDR', locale),
      percent: (value: number) => percent.format(value),
      day: (value: string) => day.format(atMidnight(value)),
      date: (value: string) => date.format(atMidnight(value)),
    };
  }, [locale]);
}
