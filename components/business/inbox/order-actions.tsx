'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { request, RequestError } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { Order } from '@/lib/protocol/commerce.schema';
import { MAX_NOTE_LENGTH } from '@/lib/protocol/limits';

/** Accept or decline a pending order; the card's status follows order:updated. */
export function OrderActions({ order }: { order: Order }) {
  const t = useTranslations('businessInbox');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  if (order.status !== 'pending') return null;

  async function act(event: 'order:accept' | 'order:decline', payload: object) {
    setBusy(true);
    setError(null);
    try {
      await request(getSocket('agent'), event, { orderId: order.id, ...payload });
      setDeclining(false);
    } catch (failure) {
      setError(failure instanceof RequestError ? failure.body.message : t('actionFailed'));
    } finally {
      setBusy(false);
    }
  }

  function decline(event: FormEvent) {
    event.preventDefault();
    void act('order:decline', reason.trim() ? { reason: reason.trim() } : {});
  }

  const button =
    'flex-1 rounded-full py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';
  return (
    <div className="mt-3 flex flex-col gap-2">
      {declining ? (
        <form onSubmit={decline} className="flex flex-col gap-2">
          <label htmlFor={reasonId} className="text-sm font-medium text-slate-800">
            {t('declineReason')}
          </label>
          <textarea
            id={reasonId}
            value={reason}
            maxLength={MAX_NOTE_LENGTH}
            rows={2}
            onChange={(event) => setReason(event.target.value)}
            className="focus-visible:outline-brand-700 rounded-md border border-slate-300 px-2 py-1.5 text-sm focus-visible:outline-2"
          />
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => setDeclining(false)}
              className={`${button} border border-slate-300 bg-white text-slate-800`}
            >
              {t('cancel')}
            </button>
            <button
              type="submit"
              disabled={busy}
              className={`${button} bg-red-700 text-white hover:bg-red-800`}
            >
              {t('confirmDecline')}
            </button>
          </div>
        </form>
      ) : (
        <div className="flex gap-2">
          <button
            type="button"
            disabled={busy}
            onClick={() => setDeclining(true)}
            className={`${button} border border-red-700 bg-white text-red-800 hover:bg-red-50`}
          >
            {t('decline')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void act('order:accept', {})}
            className={`${button} bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 text-white`}
          >
            {t('accept')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
