'use client';

import { useTranslations } from 'next-intl';
import type { OrderStatus } from '@/lib/protocol/commerce.schema';

// Dark text on a pale tint: every pair is above 7:1, on white and on the green bubble alike.
const COLOURS: Record<OrderStatus, string> = {
  pending: 'bg-amber-100 text-amber-900 ring-amber-300',
  accepted: 'bg-sky-100 text-sky-900 ring-sky-300',
  declined: 'bg-red-100 text-red-900 ring-red-300',
  fulfilled: 'bg-brand-100 text-brand-900 ring-brand-200',
  cancelled: 'bg-slate-100 text-slate-800 ring-slate-300',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations('order.status');
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${COLOURS[status]}`}
    >
      {t(status)}
    </span>
  );
}
