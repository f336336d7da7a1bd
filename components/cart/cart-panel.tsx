'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import type { OutboxEntry } from '@/lib/client/offline/outbox-entry';
import type { Cart } from '@/lib/protocol/commerce.schema';
import { CartIcon } from '../ui/icons';
import { SidePanel } from '../ui/side-panel';
import { CartFailures } from './cart-failures';
import { CartItemRow } from './cart-item-row';
import { CartSkeleton } from './cart-skeleton';
import { CartSummary } from './cart-summary';

export interface CartPanelProps {
  open: boolean;
  modal: boolean;
  cart: Cart | null;
  update(itemId: string, quantity: number): Promise<void>;
  remove(itemId: string): Promise<void>;
  send(note?: string): Promise<void>;
  /** Changes made offline that the server refused, with Retry and Delete. */
  failures?: OutboxEntry[];
  onRetryChange?(id: string): void;
  onDeleteChange?(id: string): void;
  onClose: () => void;
  onBrowse: () => void;
}

/** The shopper's cart beside the chat: lines to adjust, a note, and "Send cart". */
export default function CartPanel({
  open,
  modal,
  cart,
  update,
  remove,
  send,
  failures = [],
  onRetryChange = () => {},
  onDeleteChange = () => {},
  onClose,
  onBrowse,
}: CartPanelProps) {
  const t = useTranslations('cart');
  const count = useRef<HTMLParagraphElement>(null);

  // The removed line takes the focus with it: give it to the item count, or the panel if empty.
  async function removeItem(itemId: string) {
    await remove(itemId);
    requestAnimationFrame(() => (count.current ?? document.getElementById('cart-panel'))?.focus());
  }

  return (
    <SidePanel
      id="cart-panel"
      title={t('title')}
      closeLabel={t('close')}
      open={open}
      modal={modal}
      onClose={onClose}
    >
      <CartFailures failures={failures} onRetry={onRetryChange} onDelete={onDeleteChange} />
      {!cart && <CartSkeleton label={t('loading')} />}
      {cart && cart.items.length === 0 && <EmptyCart onBrowse={onBrowse} />}
      {cart && cart.items.length > 0 && (
        <>
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4">
            <div role="status">
              {cart.changed && (
                <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
                  {t('changed')}
                </p>
              )}
            </div>
            <p ref={count} tabIndex={-1} className="pt-3 text-sm text-slate-600 outline-none">
              {t('count', { count: cart.itemCount })}
            </p>
            <ul className="divide-y divide-slate-100">
              {cart.items.map((item) => (
                <CartItemRow
                  key={item.id}
                  item={item}
                  currency={cart.currency}
                  onUpdate={update}
                  onRemove={removeItem}
                />
              ))}
            </ul>
          </div>
          <CartSummary cart={cart} send={send} onSent={onClose} />
        </>
      )}
    </SidePanel>
  );
}

function EmptyCart({ onBrowse }: { onBrowse: () => void }) {
  const t = useTranslations('cart');
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 px-8 pb-16 text-center">
      <span className="bg-brand-50 text-brand-700 grid size-20 place-items-center rounded-full">
        <CartIcon className="size-10" />
      </span>
      <p className="text-lg font-semibold text-slate-900">{t('empty')}</p>
      <p className="text-sm text-slate-600">{t('emptyHint')}</p>
      <button
        type="button"
        onClick={onBrowse}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 mt-2 rounded-full px-5 py-2.5 text-[15px] font-semibold text-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {t('browse')}
      </button>
    </div>
  );
}
