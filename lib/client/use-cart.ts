'use client';
// The shopper's cart for one conversation, kept live across tabs and devices by cart:updated. With
// no connection it shows the device's copy, and changes and sends wait in the outbox (./offline).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Cart, SelectedOptions } from '../protocol/commerce.schema';
import { loadOffline } from './offline/load';
import type { OutboxEntry } from './offline/outbox-entry';
import type { CartChange, OfflineSession } from './offline/session';
import { request, RequestError } from './request';
import { getSocket } from './socket';

export function useCart(conversationId: string | null, businessSlug: string) {
  const [cart, setCart] = useState<Cart | null>(null);
  const cartRef = useRef<Cart | null>(null);
  // Cart changes the server refused after they were queued, for the shopper to retry or delete.
  const [failures, setFailures] = useState<OutboxEntry[]>([]);
  // Kept across retries of one send, so a send repeated after a dropped connection is one order.
  const sendId = useRef<string | null>(null);

  const apply = useCallback(
    (next: Cart, authoritative = false) => {
      // Answers can overtake each other; the higher version is the newer cart.
      const current = cartRef.current;
      if (
        !authoritative &&
        current &&
        current.conversationId === next.conversationId &&
        current.version > next.version
      )
        return;
      cartRef.current = next;
      setCart(next);
      void loadOffline(businessSlug).then((session) => {
        if (!session) return;
        session.latestCart = next;
        return session.cache.saveCart(next);
      });
    },
    [businessSlug],
  );

  // The device's copy until the server answers, and what a flush of the outbox did.
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    void loadOffline(businessSlug).then(async (session) => {
      if (!session || !active) return;
      const showFailures = async () => {
        const failed = await session.failedCartChanges();
        if (active) setFailures(failed);
      };
      const offCart = session.onCart(({ cart: next, authoritative, changed }) =>
        apply(changed ? { ...next, changed: true } : next, authoritative),
      );
      const offOutbox = session.onOutboxChange(() => void showFailures());
      unsubscribe = () => {
        offCart();
        offOutbox();
      };
      const cached = await session.cache.loadCart().catch(() => undefined);
      if (cached && active && !cartRef.current) apply(cached);
      await showFailures();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [businessSlug, apply]);

  useEffect(() => {
    if (!conversationId) return;
    const socket = getSocket();
    const load = async () => {
      // Queued changes go first; the flush then reads the server's cart itself.
      const session = await loadOffline(businessSlug);
      if (session && (await session.hasQueued())) return;
      request(socket, 'cart:get', { conversationId })
        .then(({ cart: loaded }) => apply(loaded, true))
        .catch(() => undefined);
    };
    const onUpdated = ({ cart: updated, removed }: { cart: Cart; removed?: string[] }) => {
      if (updated.conversationId !== conversationId) return;
      // Lines the business took out (product deleted, option gone) show the same "updated" notice.
      apply(removed?.length ? { ...updated, changed: true } : updated);
    };
    socket.on('cart:updated', onUpdated);
    socket.on('connect', load);
    if (socket.connected) void load();
    return () => {
      socket.off('cart:updated', onUpdated);
      socket.off('connect', load);
    };
  }, [conversationId, businessSlug, apply]);

  /** The outbox when there is no connection or something is already waiting; null to go direct. */
  const queueing = useCallback(async (): Promise<OfflineSession | null> => {
    const session = await loadOffline(businessSlug);
    if (!session || !cartRef.current) return null;
    return !getSocket().connected || (await session.hasQueued()) ? session : null;
  }, [businessSlug]);

  /** Straight to the server, as when online with nothing waiting. */
  const direct = useCallback(
    async (operation: () => Promise<{ cart: Cart }>) => {
      try {
        apply((await operation()).cart);
      } catch (error) {
        // The cart moved under us: show the shopper what it is now.
        if (error instanceof RequestError && error.body.code === 'CART_CHANGED' && conversationId) {
          const { cart: fresh } = await request(getSocket(), 'cart:get', { conversationId });
          apply(fresh, true);
        }
        throw error;
      }
    },
    [apply, conversationId],
  );

  const run = useCallback(
    async (change: CartChange, operation: () => Promise<{ cart: Cart }>) => {
      const session = await queueing();
      if (!session || !cartRef.current) return direct(operation);
      apply(await session.queueCartChange(cartRef.current, change));
      void session.requestFlush();
    },
    [apply, direct, queueing],
  );

  const add = useCallback(
    (productId: string, options: SelectedOptions, quantity: number) =>
      run({ kind: 'add', productId, options, quantity }, () =>
        request(getSocket(), 'cart:add', { conversationId, productId, options, quantity }),
      ),
    [run, conversationId],
  );
  const update = useCallback(
    (itemId: string, quantity: number) =>
      run({ kind: 'update', itemId, quantity }, () =>
        request(getSocket(), 'cart:update', { conversationId, itemId, quantity }),
      ),
    [run, conversationId],
  );
  const remove = useCallback(
    (itemId: string) =>
      run({ kind: 'remove', itemId }, () =>
        request(getSocket(), 'cart:remove', { conversationId, itemId }),
      ),
    [run, conversationId],
  );

  const queueSend = useCallback(
    async (session: OfflineSession, current: Cart, clientId: string, note?: string) => {
      apply(await session.queueCartSend(current, clientId, note));
      void session.requestFlush();
    },
    [apply],
  );

  const send = useCallback(
    async (note?: string) => {
      const current = cartRef.current;
      if (!current) return;
      sendId.current ??= crypto.randomUUID();
      const clientId = sendId.current;
      const session = await queueing();
      if (session) {
        await queueSend(session, current, clientId, note);
        sendId.current = null;
        return;
      }
      try {
        await direct(() =>
          request(getSocket(), 'cart:send', {
            conversationId,
            clientId,
            cartVersion: current.version,
            catalogVersion: current.catalogVersion,
            ...(note ? { note } : {}),
          }),
        );
      } catch (error) {
        // No answer: the send may or may not have been stored. Queue it with the same client id.
        const offline = !(error instanceof RequestError) && (await loadOffline(businessSlug));
        if (!offline) throw error;
        await queueSend(offline, current, clientId, note);
      }
      sendId.current = null;
    },
    [direct, conversationId, businessSlug, queueing, queueSend],
  );

  const retryChange = useCallback(
    async (id: string) => {
      const session = await loadOffline(businessSlug);
      await session?.outbox.requeue(id);
      session?.signalOutboxChange();
      await session?.requestFlush();
    },
    [businessSlug],
  );
  const discardChange = useCallback(
    async (id: string) => {
      const session = await loadOffline(businessSlug);
      await session?.outbox.remove(id);
      session?.signalOutboxChange();
    },
    [businessSlug],
  );

  return { cart, failures, add, update, remove, send, retryChange, discardChange };
}
