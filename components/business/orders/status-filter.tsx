'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/i18n/money';
import {
  orderStatusSchema,
  type OrderStatus,
  type OrderTotals,
} from '@/lib/protocol/commerce.schema';

interface StatusFilterProps {
  totals: OrderTotals;
  status: OrderStatus | undefined;
  onChange: (status: OrderStatus | undefined) => void;
}

/** One button per status with its count and sum; the pressed one filters the list. */
export function StatusFilter({ totals, status, onChange }: StatusFilterProps) {
  const t = useTranslations('businessOrders');
  const tStatus = useTranslations('order.status');
  const locale = useLocale();
  const options = [
    { value: undefined, label: t('all'), tally: totals.all },
    ...orderStatusSchema.options.map((value) => ({
      value,
      label: tStatus(value),
      tally: totals.byStatus[value],
    })),
  ];

  return (
    <div
      role="group"
      aria-label={t('filterLabel')}
      className="-mx-3 mt-3 flex gap-2 overflow-x-auto px-3 pb-1 sm:mx-0 sm:flex-wrap sm:px-0"
    >
      {options.map((option) => {
        const pressed = option.value === status;
        return (
          <button
            key={option.value ?? 'all'}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(option.value)}
            className={`focus-visible:outline-brand-700 shrink-0 rounded-xl px-3 py-2 text-left ring-1 focus-visible:outline-2 focus-visible:outline-offset-2 ${
              pressed
                ? 'bg-brand-700 ring-brand-700 text-white'
                : 'bg-white text-slate-800 ring-slate-300 hover:bg-slate-50'
            }`}
          >
            <span className="block text-sm font-semibold">
              {option.label} <span className="font-normal">({option.tally.count})</span>
            </span>
            <span className={`block text-xs ${pressed ? 'text-white/90' : 'text-slate-600'}`}>
              {formatMoney(option.tally.total, totals.currency, locale)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
