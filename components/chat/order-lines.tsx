'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/i18n/money';
import type { Order } from '@/lib/protocol/commerce.schema';
import { formatOptions } from '../cart/format-options';
import { SmallImage } from '../ui/small-image';

/** An order's items with thumbnails, "2 × Rp 285.000" and line totals, then the total. */
export function OrderLines({ order }: { order: Order }) {
  const t = useTranslations('order');
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  return (
    <>
      <ul className="flex flex-col gap-2 py-2">
        {order.items.map((item, index) => (
          <li key={`${item.productId}-${index}`} className="flex gap-2.5">
            <div className="size-11 shrink-0 overflow-hidden rounded-md bg-white/70">
              {item.image && (
                <SmallImage src={item.image} size={48} className="size-full object-cover" />
              )}
            </div>
            <div className="min-w-0 flex-1 text-sm leading-snug">
              <p className="line-clamp-2 font-medium text-slate-900">{item.name}</p>
              {Object.keys(item.options).length > 0 && (
                <p className="text-slate-700">{formatOptions(item.options)}</p>
              )}
              <p className="flex flex-wrap justify-between gap-x-2 tabular-nums">
                <span className="text-slate-700">
                  {t('quantityTimesPrice', {
                    quantity: item.quantity,
                    price: money(item.unitPrice),
                  })}
                </span>
                <span className="ml-auto font-medium text-slate-900">{money(item.lineTotal)}</span>
              </p>
            </div>
          </li>
        ))}
      </ul>
      <p className="flex items-baseline justify-between border-t border-slate-900/10 pt-2">
        <span className="text-sm text-slate-700">{t('total')}</span>
        <span className="font-semibold text-slate-900 tabular-nums">{money(order.total)}</span>
      </p>
    </>
  );
}
