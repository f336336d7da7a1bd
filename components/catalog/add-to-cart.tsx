'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Product, SelectedOptions } from '@/lib/protocol/commerce.schema';
import { MAX_QUANTITY } from '@/lib/protocol/limits';
import { useRequestErrorMessage } from '../cart/use-request-error';
import { CheckIcon } from '../ui/icons';
import { QuantityStepper } from '../ui/quantity-stepper';

export type AddToCartHandler = (
  productId: string,
  options: SelectedOptions,
  quantity: number,
) => Promise<void>;

type Status =
  | { kind: 'idle' }
  | { kind: 'adding' }
  | { kind: 'added'; quantity: number }
  | { kind: 'failed'; message: string };

interface AddToCartProps {
  product: Product;
  options: SelectedOptions;
  /** Why the product cannot be added now (sold out, an option not chosen), or null. */
  blockedReason: string | null;
  onAdd: AddToCartHandler;
  onViewCart: () => void;
}

/** The bar under a product: quantity, "Add to cart", and what happened when it was pressed. */
export function AddToCart({ product, options, blockedReason, onAdd, onViewCart }: AddToCartProps) {
  const t = useTranslations('catalog');
  const errorMessage = useRequestErrorMessage();
  const [wanted, setWanted] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const reasonId = useId();
  const max = Math.max(1, Math.min(product.stock, MAX_QUANTITY));
  // Stock can fall while the shopper looks; never offer more than there is.
  const quantity = Math.min(wanted, max);
  const adding = status.kind === 'adding';

  async function add() {
    if (adding) return;
    setStatus({ kind: 'adding' });
    try {
      await onAdd(product.id, options, quantity);
      setStatus({ kind: 'added', quantity });
      setWanted(1);
    } catch (error) {
      setStatus({ kind: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <div className="shrink-0 border-t border-slate-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
      <div role="status" aria-live="polite">
        {adding && <p className="sr-only">{t('adding')}</p>}
        {status.kind === 'added' && (
          <div className="bg-brand-50 text-brand-900 mb-3 flex items-center gap-2 rounded-lg py-1.5 pr-1.5 pl-3 text-sm">
            <CheckIcon className="text-brand-700 size-5 shrink-0" />
            <p className="min-w-0 flex-1">
              <span className="font-semibold">{t('added')}</span>
              <span className="block truncate text-xs">
                {t('addedDetail', { quantity: status.quantity, name: product.name })}
              </span>
            </p>
            <button
              type="button"
              onClick={onViewCart}
              className="border-brand-700 text-brand-800 focus-visible:outline-brand-700 hover:bg-brand-50 shrink-0 rounded-full border bg-white px-3 py-1.5 text-sm font-semibold focus-visible:outline-2"
            >
              {t('viewCart')}
            </button>
          </div>
        )}
      </div>
      {status.kind === 'failed' && (
        <p role="alert" className="mb-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {status.message}
        </p>
      )}
      <div className="flex items-center gap-3">
        <QuantityStepper
          label={t('quantity')}
          value={quantity}
          min={1}
          max={max}
          disabled={product.stock <= 0 || adding}
          onChange={(next) => {
            setWanted(next);
            if (status.kind !== 'adding') setStatus({ kind: 'idle' });
          }}
        />
        <button
          type="button"
          disabled={blockedReason !== null}
          // Not disabled while adding: a disabled button would drop the keyboard focus.
          aria-disabled={adding}
          aria-describedby={blockedReason ? reasonId : undefined}
          aria-busy={adding}
          onClick={() => void add()}
          className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 h-11 min-w-0 flex-1 rounded-full px-3 text-[15px] font-semibold whitespace-nowrap text-white shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 disabled:bg-slate-300 disabled:text-slate-700 disabled:shadow-none aria-disabled:opacity-80"
        >
          {t('addToCart')}
        </button>
      </div>
      {blockedReason && (
        <p id={reasonId} className="mt-2 text-center text-sm text-slate-700">
          {blockedReason}
        </p>
      )}
    </div>
  );
}
