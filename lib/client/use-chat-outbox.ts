'use client';
// The chat's side of the offline layer: the device's copy of the conversation shown before the
// server answers and saved after it does, and sends kept in the outbox until acked. The layer
// itself (IndexedDB, outbox, flush) loads lazily through ./offline/load.
import { useCallback, useEffect, type Dispatch, type RefObject } from 'react';
import { chatReducer, leavesGap, type ChatAction, type ChatState } from './chat-state';
import { loadOffline } from './offline/load';
import type { OutboxEntry } from './offline/outbox-entry';
import { getSocket, type ClientSocket } from './socket';

interface ChatParts {
  state: ChatState;
  stateRef: RefObject<ChatState>;
  dispatch: Dispatch<ChatAction>;
  /** The conversation the server opened on this connection; the outbox flushes only into it. */
  openedId: RefObject<string | null>;
  /** Sends straight away, for browsers where IndexedDB cannot be opened. */
  deliver(socket: ClientSocket, clientId: string, text: string): void;
  syncAfter(socket: ClientSocket, conversationId: string): Promise<void>;
}

export function useChatOutbox(
  businessSlug: string,
  { state, stateRef, dispatch, openedId, deliver, syncAfter }: ChatParts,
) {
  const showFailed = useCallback(
    (entry: OutboxEntry) => {
      if (entry.failure)
        dispatch({
          type: 'failed',
          clientId: entry.id,
          error: entry.failure.message,
          reason: entry.failure.code,
        });
    },
    [dispatch],
  );

  /** Delivers the outbox, in order, once the server has opened the conversation on this socket. */
  const flush = useCallback(async () => {
    const session = await loadOffline(businessSlug);
    const socket = getSocket();
    const conversationId = openedId.current;
    if (!session || !conversationId || !socket.connected) return;
    await session.flush({
      socket,
      conversationId,
      delivered(message) {
        const gap = leavesGap(stateRef.current, message);
        dispatch({ type: 'received', messages: [message] });
        if (gap) void syncAfter(socket, conversationId);
      },
      failed: showFailed,
    });
  }, [businessSlug, showFailed, syncAfter, dispatch, openedId, stateRef]);

  // A cart change queued by the cart panel is flushed by this chat, in line with the messages.
  useEffect(() => {
    let active = true;
    void loadOffline(businessSlug).then((session) => {
      if (active) session?.setFlusher(flush);
    });
    return () => {
      active = false;
      void loadOffline(businessSlug).then((session) => session?.setFlusher(null));
    };
  }, [businessSlug, flush]);

  // The device's copy first: the last conversation and what is still in the outbox.
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    void loadOffline(businessSlug).then(async (session) => {
      if (!session || !active) return;
      const cached = await session.cache.loadConversation().catch(() => undefined);
      if (cached && active) {
        const restored = { type: 'restored', ...cached } as const;
        dispatch(restored);
        stateRef.current = chatReducer(stateRef.current, restored);
      }
      const showOutbox = async () => {
        for (const entry of await session.outbox.list()) {
          const { operation } = entry;
          if (!active || (operation.kind !== 'message' && operation.kind !== 'cart-send')) continue;
          dispatch({
            type: 'queued',
            pending: {
              clientId: entry.id,
              text: operation.kind === 'message' ? operation.text : '',
              createdAt: entry.createdAt,
              failed: false,
              ...(operation.kind === 'cart-send' && { order: operation }),
            },
          });
          if (entry.status === 'failed') showFailed(entry);
        }
      };
      unsubscribe = session.onOutboxChange(() => void showOutbox());
      await showOutbox();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [businessSlug, showFailed, dispatch, stateRef]);

  // Keep the device's copy of what the server confirmed, for the next visit with no network.
  useEffect(() => {
    const { conversation, messages, receipts, hasEarlier } = state;
    if (!conversation || openedId.current !== conversation.id) return;
    const timer = setTimeout(() => {
      void loadOffline(businessSlug).then((session) =>
        session?.cache.saveConversation({
          conversation: { ...conversation, receipts },
          messages,
          hasEarlier,
        }),
      );
    }, 400);
    return () => clearTimeout(timer);
  }, [businessSlug, state, openedId]);

  const send = useCallback(
    (text: string) => {
      const clientId = crypto.randomUUID();
      dispatch({
        type: 'queued',
        pending: { clientId, text, createdAt: new Date().toISOString(), failed: false },
      });
      // Kept on the device first, so a reload or a closed app before the ack loses nothing.
      void loadOffline(businessSlug)
        .then((session) => session?.outbox.enqueue(clientId, { kind: 'message', clientId, text }))
        .then((queued) => (queued ? flush() : deliver(getSocket(), clientId, text)))
        .catch(() => deliver(getSocket(), clientId, text));
    },
    [businessSlug, deliver, flush, dispatch],
  );

  const retry = useCallback(
    (clientId: string) => {
      const pending = stateRef.current.pending.find((p) => p.clientId === clientId);
      if (!pending) return;
      dispatch({ type: 'retried', clientId });
      void loadOffline(businessSlug).then(async (session) => {
        if (!session) return deliver(getSocket(), clientId, pending.text);
        // A cart goes again with the versions of the cart the shopper now sees.
        const cart = session.latestCart;
        await session.outbox.requeue(clientId, (operation) =>
          operation.kind === 'cart-send' && cart
            ? {
                ...operation,
                cartVersion: cart.version,
                catalogVersion: cart.catalogVersion,
                itemCount: cart.itemCount,
                subtotal: cart.subtotal,
              }
            : operation,
        );
        await flush();
      });
    },
    [businessSlug, deliver, flush, dispatch, stateRef],
  );

  const discard = useCallback(
    (clientId: string) => {
      dispatch({ type: 'discarded', clientId });
      void loadOffline(businessSlug).then((session) => session?.outbox.remove(clientId));
    },
    [businessSlug, dispatch],
  );

  return { flush, send, retry, discard };
}
