'use client';

import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useLocale, useTranslations } from 'next-intl';
import type { BusinessProfile } from '@/lib/business/profile';
import { formatMoney } from '@/lib/i18n/money';
import type { Order } from '@/lib/protocol/commerce.schema';
import { formatOptions } from '../cart/format-options';
import { CloseIcon, PrintIcon } from '../ui/icons';

interface ReceiptDialogProps {
  business: BusinessProfile;
  order: Order;
  issuedAt: string;
  onClose: () => void;
}

/**
 * The receipt, full screen. It is rendered straight into <body> so the print style sheet can hide
 * everything else and print the receipt alone.
 */
export function ReceiptDialog({ business, order, issuedAt, onClose }: ReceiptDialogProps) {
  const t = useTranslations('receipt');
  const orderT = useTranslations('order');
  const locale = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const date = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // The shop's own time, named, since the shopper may be elsewhere.
    timeZone: business.timezone,
    timeZoneName: 'short',
  }).format(new Date(issuedAt));

  // The native modal dialog traps focus, closes on Escape and gives focus back on close.
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="receipt-dialog m-0 h-dvh max-h-none w-full max-w-none bg-slate-100 p-0 backdrop:bg-slate-900/40"
    >
      <div className="flex h-full flex-col">
        <div className="bg-brand-700 flex shrink-0 items-center gap-2 px-2 py-2 text-white print:hidden">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            aria-label={t('close')}
            className="grid size-10 place-items-center rounded-full hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
          >
            <CloseIcon />
          </button>
          <h2 id={titleId} className="flex-1 text-lg font-semibold">
            {t('title')}
          </h2>
          <button
            type="button"
            onClick={() => window.print()}
            className="text-brand-800 hover:bg-brand-50 flex items-center gap-1.5 rounded-full bg-white px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            <PrintIcon className="size-5" />
            {t('print')}
          </button>
        </div>
        <div
          role="region"
          aria-labelledby={titleId}
          tabIndex={0}
          className="focus-visible:ring-brand-700 flex-1 overflow-y-auto p-4 outline-none focus-visible:ring-2 focus-visible:ring-inset print:overflow-visible print:p-0"
        >
          <section className="mx-auto flex max-w-md flex-col gap-4 rounded-xl bg-white p-5 shadow-sm print:max-w-none print:shadow-none">
            <header className="border-b border-dashed border-slate-300 pb-4 text-center">
              <p className="text-xl font-semibold text-slate-900">{business.name}</p>
              {business.address && (
                <p className="mt-1 text-sm text-slate-700">{business.address}</p>
              )}
            </header>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t('orderNumber')}</dt>
              <dd className="text-right font-medium text-slate-900">#{order.number}</dd>
              <dt className="text-slate-600">{t('date')}</dt>
              <dd className="text-right text-slate-900">
                <time dateTime={issuedAt}>{date}</time>
              </dd>
            </dl>
            <table className="w-full border-y border-dashed border-slate-300 text-sm">
              <thead>
                <tr className="text-left text-xs tracking-wide text-slate-600 uppercase">
                  <th scope="col" className="pt-3 pb-1 font-semibold">
                    {t('item')}
                  </th>
                  <th scope="col" className="pt-3 pb-1 text-right font-semibold">
                    {t('amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.items.map((item, index) => (
                  <tr key={`${item.productId}-${index}`} className="align-top">
                    <td className="py-1.5 pr-3">
                      <span className="block font-medium text-slate-900">{item.name}</span>
                      {Object.keys(item.options).length > 0 && (
                        <span className="block text-slate-700">{formatOptions(item.options)}</span>
                      )}
                      <span className="block text-slate-700 tabular-nums">
                        {orderT('quantityTimesPrice', {
                          quantity: item.quantity,
                          price: money(item.unitPrice),
                        })}
                      </span>
                    </td>
                    <td className="py-1.5 text-right text-slate-900 tabular-nums">
                      {money(item.lineTotal)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t border-slate-200 text-base">
                  <th scope="row" className="py-3 text-left font-semibold">
                    {t('total')}
                  </th>
                  <td className="py-3 text-right font-semibold tabular-nums">
                    {money(order.total)}
                  </td>
                </tr>
              </tfoot>
            </table>
            {order.note && (
              <p className="text-sm break-words whitespace-pre-wrap text-slate-800">
                <span className="font-medium">{t('note')}: </span>
                {order.note}
              </p>
            )}
            <p className="text-center text-sm text-slate-700">{t('thanks')}</p>
          </section>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}
