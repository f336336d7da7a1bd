'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { request, RequestError } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { ErrorCode } from '@/lib/protocol/errors';
import type { OrderList, OrderStatus } from '@/lib/protocol/commerce.schema';

export type OrderAction = 'order:accept' | 'order:decline' | 'order:fulfill';

const MAX_PAGE = 100;

/**
 * The orders view's data: the first page comes from the server render; filters, older pages and
 * live changes come over the agent socket. Any order change reloads what is shown, so the counts
 * and sums stay exact without re-deriving them here.
 */
export function useOrderList(initial: OrderList, pageSize: number) {
  const [list, setList] = useState(initial);
  const [status, setStatusState] = useState<OrderStatus | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(false);
  const shown = useRef({ status, count: initial.orders.length, nextBefore: initial.nextBefore });
  // Only the newest request may write: a slow answer for an old filter must not win.
  const latest = useRef(0);

  const load = useCallback(
    async (next: { status: OrderStatus | undefined; before?: number; limit: number }) => {
      const ticket = ++latest.current;
      setLoading(true);
      try {
        const page = await request(getSocket('agent'), 'order:list', {
          ...(next.status && { status: next.status }),
          ...(next.before !== undefined && { before: next.before }),
          limit: next.limit,
        });
        if (ticket !== latest.current) return;
        setList((current) =>
          next.before === undefined
            ? page
            : { ...page, orders: [...current.orders, ...page.orders] },
        );
        shown.current = {
          status: next.status,
          count: (next.before === undefined ? 0 : shown.current.count) + page.orders.length,
          nextBefore: page.nextBefore,
        };
        setError(false);
      } catch {
        if (ticket === latest.current) setError(true);
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    },
    [],
  );

  /** The same filter and as many rows as are shown now, fresh from the server. */
  const reload = useCallback(
    () =>
      load({
        status: shown.current.status,
        limit: Math.min(MAX_PAGE, Math.max(pageSize, shown.current.count)),
      }),
    [load, pageSize],
  );

  useEffect(() => {
    const socket = getSocket('agent');
    const refresh = () => void reload();
    socket.on('order:created', refresh);
    socket.on('order:updated', refresh);
    // After a reconnect, changes made meanwhile were not heard.
    socket.on('connect', refresh);
    return () => {
      socket.off('order:created', refresh);
      socket.off('order:updated', refresh);
      socket.off('connect', refresh);
    };
  }, [reload]);

  return {
    ...list,
    status,
    loading,
    error,
    hasMore: list.nextBefore !== null,
    reload,
    setStatus: (next: OrderStatus | undefined) => {
      setStatusState(next);
      void load({ status: next, limit: pageSize });
    },
    loadMore: () => {
      const before = shown.current.nextBefore;
      return before === null
        ? Promise.resolve()
        : load({ status: shown.current.status, before, limit: pageSize });
    },
    /** Runs an order action; resolves with the refusal's code, or null when it went through. */
    act: async (event: OrderAction, orderId: string): Promise<ErrorCode | null> => {
      try {
        await request(getSocket('agent'), event, { orderId });
        return null;
      } catch (failure) {
        return failure instanceof RequestError ? failure.body.code : 'INTERNAL';
      } finally {
        // The broadcast reloads too; this covers a socket that missed it.
        void reload();
      }
    },
  };
}
