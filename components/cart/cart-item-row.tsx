'use client';

import Image from 'next/image';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatMoney } from '@/lib/i18n/money';
import type { CartItem } from '@/lib/protocol/commerce.schema';
import { MAX_QUANTITY } from '@/lib/protocol/limits';
import { TrashIcon } from '../ui/icons';
import { QuantityStepper } from '../ui/quantity-stepper';
import { formatOptions } from './format-options';
import { useRequestErrorMessage } from './use-request-error';

interface CartItemRowProps {
  item: CartItem;
  currency: string;
  onUpdate: (itemId: string, quantity: number) => Promise<void>;
  onRemove: (itemId: string) => Promise<void>;
}

export function CartItemRow({ item, currency, onUpdate, onRemove }: CartItemRowProps) {
  const t = useTranslations('cart');
  const locale = useLocale();
  const errorMessage = useRequestErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const repriced = item.unitPrice !== item.addedPrice;
  const gone = !item.available && item.stock <= 0;
  const short = !item.available && item.stock > 0;

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="flex gap-3 py-3">
      <div className="size-16 shrink-0 overflow-hidden rounded-lg bg-slate-100">
        {item.image && (
          <Image
            src={item.image}
            alt=""
            width={64}
            height={64}
            sizes="64px"
            className={`size-full object-cover ${gone ? 'opacity-50 grayscale' : ''}`}
          />
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <div className="flex items-start gap-2">
          <p className="line-clamp-2 min-w-0 flex-1 text-[15px] leading-snug font-medium">
            {item.name}
          </p>
          <button
            type="button"
            aria-label={t('remove', { name: item.name })}
            onClick={() => void run(() => onRemove(item.id))}
            className="focus-visible:outline-brand-700 -mt-1 -mr-1 grid size-9 shrink-0 place-items-center rounded-full text-slate-600 hover:bg-red-50 hover:text-red-700 focus-visible:outline-2"
          >
            <TrashIcon className="size-5" />
          </button>
        </div>
        {Object.keys(item.options).length > 0 && (
          <p className="text-sm text-slate-600">{formatOptions(item.options)}</p>
        )}
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm tabular-nums">
          {repriced && (
            <del className="text-slate-600">
              <span className="sr-only">{t('previousPrice')} </span>
              {money(item.addedPrice)}
            </del>
          )}
          <span className={repriced ? 'font-semibold text-slate-900' : 'text-slate-700'}>
            {repriced && <span className="sr-only">{t('currentPrice')} </span>}
            {t('unitPrice', { price: money(item.unitPrice) })}
          </span>
        </p>
        {gone && <p className="text-sm font-medium text-red-700">{t('noLongerAvailable')}</p>}
        {short && (
          <p className="text-sm font-medium text-amber-800">
            {t('onlyLeft', { count: item.stock })}
          </p>
        )}
        <div className="mt-1.5 flex items-center justify-between gap-2">
          <QuantityStepper
            size="sm"
            label={t('quantityFor', { name: item.name })}
            value={item.quantity}
            min={1}
            max={Math.max(1, Math.min(item.stock, MAX_QUANTITY))}
            // Not disabled while busy: that would drop the focus from the button just pressed.
            disabled={gone}
            onChange={(quantity) => void run(() => onUpdate(item.id, quantity))}
          />
          <p className="font-semibold tabular-nums">{money(item.lineTotal)}</p>
        </div>
        {error && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
