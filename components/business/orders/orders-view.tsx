'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useOrderList } from './use-order-list';
import type { OrderList } from '@/lib/protocol/commerce.schema';
import { OrderRow } from './order-row';
import { StatusFilter } from './status-filter';

export function OrdersView({ initial, pageSize }: { initial: OrderList; pageSize: number }) {
  const t = useTranslations('businessOrders');
  const list = useOrderList(initial, pageSize);
  const [actionError, setActionError] = useState<string | null>(null);

  return (
    <div className="mx-auto w-full max-w-5xl px-3 py-4 sm:px-6 sm:py-6">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('heading')}</h1>
      <StatusFilter totals={list.totals} status={list.status} onChange={list.setStatus} />

      <div role="alert" className="empty:hidden">
        {(list.error || actionError) && (
          <p className="mt-3 flex flex-wrap items-center gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {actionError ?? t('errors.load')}
            {list.error && !actionError && (
              <button
                type="button"
                onClick={() => void list.reload()}
                className="font-semibold underline"
              >
                {t('retry')}
              </button>
            )}
          </p>
        )}
      </div>

      <section aria-live="polite" aria-busy={list.loading} className="mt-4">
        {list.orders.length === 0 ? (
          <p className="rounded-xl bg-white px-4 py-10 text-center text-slate-600 ring-1 ring-slate-200">
            {list.loading ? t('loading') : list.status ? t('emptyFiltered') : t('empty')}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl bg-white ring-1 ring-slate-200">
            {list.orders.map((order) => (
              <OrderRow
                key={order.id}
                order={order}
                onAction={async (event) => {
                  setActionError(null);
                  const failure = await list.act(event, order.id);
                  if (failure) {
                    setActionError(
                      failure === 'OUT_OF_STOCK' || failure === 'CONFLICT'
                        ? t(`errors.${failure}`)
                        : t('errors.action'),
                    );
                  }
                }}
              />
            ))}
          </ul>
        )}
        {list.hasMore && (
          <div className="mt-4 text-center">
            <button
              type="button"
              disabled={list.loading}
              onClick={() => void list.loadMore()}
              className="focus-visible:outline-brand-700 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 disabled:opacity-60"
            >
              {t('loadMore')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
