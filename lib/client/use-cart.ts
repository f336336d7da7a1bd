'use client';
// The shopper's cart for one conversation, kept live across tabs and devices by cart:updated.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Cart, SelectedOptions } from '../protocol/commerce.schema';
import { request, RequestError } from './request';
import { getSocket } from './socket';

export function useCart(conversationId: string | null) {
  const [cart, setCart] = useState<Cart | null>(null);
  const cartRef = useRef<Cart | null>(null);
  // Kept across retries of one send, so a send repeated after a dropped connection is one order.
  const sendId = useRef<string | null>(null);

  const apply = useCallback((next: Cart) => {
    // Answers can overtake each other; the higher version is the newer cart.
    if (
      cartRef.current &&
      cartRef.current.conversationId === next.conversationId &&
      cartRef.current.version > next.version
    )
      return;
    cartRef.current = next;
    setCart(next);
  }, []);

  useEffect(() => {
    if (!conversationId) return;
    const socket = getSocket();
    const load = () => {
      request(socket, 'cart:get', { conversationId })
        .then(({ cart: loaded }) => {
          cartRef.current = loaded;
          setCart(loaded);
        })
        .catch(() => undefined);
    };
    const onUpdated = ({ cart: updated, removed }: { cart: Cart; removed?: string[] }) => {
      if (updated.conversationId !== conversationId) return;
      // Lines the business took out (product deleted, option gone) show the same "updated" notice.
      apply(removed?.length ? { ...updated, changed: true } : updated);
    };
    socket.on('cart:updated', onUpdated);
    socket.on('connect', load);
    if (socket.connected) load();
    return () => {
      socket.off('cart:updated', onUpdated);
      socket.off('connect', load);
    };
  }, [conversationId, apply]);

  const run = useCallback(
    async (operation: () => Promise<{ cart: Cart }>) => {
      try {
        apply((await operation()).cart);
      } catch (error) {
        // The cart moved under us: show the shopper what it is now.
        if (error instanceof RequestError && error.body.code === 'CART_CHANGED' && conversationId) {
          const { cart: fresh } = await request(getSocket(), 'cart:get', { conversationId });
          apply(fresh);
        }
        throw error;
      }
    },
    [apply, conversationId],
  );

  const add = useCallback(
    (productId: string, options: SelectedOptions, quantity: number) =>
      run(() => request(getSocket(), 'cart:add', { conversationId, productId, options, quantity })),
    [run, conversationId],
  );
  const update = useCallback(
    (itemId: string, quantity: number) =>
      run(() => request(getSocket(), 'cart:update', { conversationId, itemId, quantity })),
    [run, conversationId],
  );
  const remove = useCallback(
    (itemId: string) => run(() => request(getSocket(), 'cart:remove', { conversationId, itemId })),
    [run, conversationId],
  );
  const send = useCallback(
    async (note?: string) => {
      const current = cartRef.current;
      if (!current) return;
      sendId.current ??= crypto.randomUUID();
      await run(() =>
        request(getSocket(), 'cart:send', {
          conversationId,
          clientId: sendId.current,
          cartVersion: current.version,
          catalogVersion: current.catalogVersion,
          ...(note ? { note } : {}),
        }),
      );
      sendId.current = null;
    },
    [run, conversationId],
  );

  return { cart, add, update, remove, send };
}
