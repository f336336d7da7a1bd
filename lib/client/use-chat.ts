'use client';
// Keeps one conversation in sync with the server: open on connect, resync after a drop, send with
// client ids (retries are stored once), receipts and typing. The device's copy of the conversation
// shows before the server answers, and sends go through the outbox (./offline), loaded lazily.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Message, Receipts, Typing } from '../protocol/chat.schema';
import type { Order } from '../protocol/commerce.schema';
import { chatReducer, initialChatState, leavesGap, syncedSeq, type ChatState } from './chat-state';
import { arrivalPayload, forgetLandingParams, type ClientArrival } from './landing';
import { loadOffline } from './offline/load';
import { request, RequestError } from './request';
import { getSocket, type ClientSocket } from './socket';
import { useChatOutbox } from './use-chat-outbox';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'outdated';

const TYPING_IDLE_MS = 4_000;
const PEER_TYPING_EXPIRES_MS = 6_000;

export function useChat(businessSlug: string, arrival: ClientArrival | null = null) {
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  // Sent with the first successful open only, never again on a reconnect.
  const arrivalRef = useRef(arrival);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  // Socket listeners live across renders and read the latest state from here.
  const stateRef = useRef<ChatState>(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const syncing = useRef<Promise<void> | null>(null);
  // The conversation the server opened on this connection: the outbox is flushed only into it.
  const openedId = useRef<string | null>(null);

  const syncAfter = useCallback(async (socket: ClientSocket, conversationId: string) => {
    // One sync at a time; it loops until it has caught up.
    syncing.current ??= (async () => {
      try {
        for (;;) {
          const page = await request(socket, 'message:sync', {
            conversationId,
            afterSeq: syncedSeq(stateRef.current),
            limit: 100,
          });
          dispatch({ type: 'received', messages: page.messages });
          stateRef.current = chatReducer(stateRef.current, {
            type: 'received',
            messages: page.messages,
          });
          if (!page.hasMore) break;
        }
      } finally {
        syncing.current = null;
      }
    })();
    return syncing.current;
  }, []);

  const deliver = useCallback(
    (socket: ClientSocket, clientId: string, text: string) => {
      const conversationId = stateRef.current.conversation?.id;
      if (!conversationId || !socket.connected) return; // sent on the next connect
      request(socket, 'message:send', { conversationId, clientId, text })
        .then(({ message }) => {
          const gap = leavesGap(stateRef.current, message);
          dispatch({ type: 'received', messages: [message] });
          if (gap) void syncAfter(socket, conversationId);
        })
        .catch((error: unknown) => {
          // Without an answer in time the message stays queued and is sent again, same id, on reconnect.
          if (error instanceof RequestError)
            dispatch({ type: 'failed', clientId, error: error.message });
        });
    },
    [syncAfter],
  );

  const outbox = useChatOutbox(businessSlug, {
    state,
    stateRef,
    dispatch,
    openedId,
    deliver,
    syncAfter,
  });
  const { flush } = outbox;

  useEffect(() => {
    const socket = getSocket();

    async function onConnect() {
      setConnection('online');
      try {
        const landed = arrivalRef.current;
        const opened = await request(socket, 'conversation:open', {
          businessSlug,
          ...(landed && { arrival: arrivalPayload(landed) }),
        });
        arrivalRef.current = null;
        forgetLandingParams();
        // What this device held (from before a drop, or its saved copy) is kept and synced on from.
        const hadMessages = stateRef.current.messages[0]?.conversationId === opened.conversation.id;
        dispatch({ type: 'opened', ...opened });
        stateRef.current = chatReducer(stateRef.current, { type: 'opened', ...opened });
        openedId.current = opened.conversation.id;
        if (hadMessages) await syncAfter(socket, opened.conversation.id);
        if (await loadOffline(businessSlug)) {
          await flush();
          return;
        }
        for (const pending of stateRef.current.pending) {
          if (!pending.failed) deliver(socket, pending.clientId, pending.text);
        }
      } catch (error) {
        if (error instanceof RequestError && error.body.code === 'NOT_FOUND')
          setConnection('offline');
      }
    }

    function onConnectError(error: Error & { data?: { code?: string } }) {
      setConnection(error.data?.code === 'UPGRADE_REQUIRED' ? 'outdated' : 'offline');
    }

    function onDisconnect() {
      openedId.current = null;
      setConnection('offline');
    }

    function onMessageCreated({ message }: { message: Message }) {
      if (message.conversationId !== stateRef.current.conversation?.id) return;
      if (leavesGap(stateRef.current, message)) {
        void syncAfter(socket, message.conversationId);
        return;
      }
      dispatch({ type: 'received', messages: [message] });
    }

    function onReceipts({
      conversationId,
      receipts,
    }: {
      conversationId: string;
      receipts: Receipts;
    }) {
      if (conversationId === stateRef.current.conversation?.id)
        dispatch({ type: 'receipts', receipts });
    }

    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    function onTyping(typing: Typing) {
      if (
        typing.conversationId !== stateRef.current.conversation?.id ||
        typing.sender === 'shopper'
      )
        return;
      dispatch({ type: 'typing', typing: typing.typing });
      clearTimeout(typingTimer);
      if (typing.typing)
        typingTimer = setTimeout(
          () => dispatch({ type: 'typing', typing: false }),
          PEER_TYPING_EXPIRES_MS,
        );
    }

    function onOrderUpdated({ order }: { order: Order }) {
      if (order.conversationId === stateRef.current.conversation?.id)
        dispatch({ type: 'orderUpdated', order });
    }

    socket.on('connect', onConnect);
    socket.on('connect_error', onConnectError);
    socket.on('disconnect', onDisconnect);
    socket.on('message:created', onMessageCreated);
    socket.on('receipt:updated', onReceipts);
    socket.on('typing:updated', onTyping);
    socket.on('order:updated', onOrderUpdated);
    if (socket.connected) void onConnect();
    else socket.connect();
    return () => {
      clearTimeout(typingTimer);
      socket.off('connect', onConnect);
      socket.off('connect_error', onConnectError);
      socket.off('disconnect', onDisconnect);
      socket.off('message:created', onMessageCreated);
      socket.off('receipt:updated', onReceipts);
      socket.off('typing:updated', onTyping);
      socket.off('order:updated', onOrderUpdated);
    };
  }, [businessSlug, deliver, flush, syncAfter]);

  // Tell the business what this device has received, and what the shopper has seen.
  const lastBusinessSeq =
    [...state.messages].reverse().find((m) => m.sender === 'business')?.seq ?? 0;
  useEffect(() => {
    const conversationId = state.conversation?.id;
    if (!conversationId || !lastBusinessSeq || connection !== 'online') return;
    const socket = getSocket();
    const report = () => {
      const visible = document.visibilityState === 'visible';
      const mine = stateRef.current.receipts.shopper;
      if (mine.deliveredSeq >= lastBusinessSeq && (!visible || mine.readSeq >= lastBusinessSeq))
        return;
      socket.emit(
        'receipt:update',
        {
          conversationId,
          deliveredSeq: lastBusinessSeq,
          ...(visible && { readSeq: lastBusinessSeq }),
        },
        (result) => {
          if (result.ok) dispatch({ type: 'receipts', receipts: result.data.receipts });
        },
      );
    };
    report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  }, [state.conversation?.id, lastBusinessSeq, connection]);

  const loadEarlier = useCallback(async () => {
    const conversationId = stateRef.current.conversation?.id;
    const first = stateRef.current.messages[0]?.seq;
    if (!conversationId || !first) return;
    const page = await request(getSocket(), 'message:history', {
      conversationId,
      beforeSeq: first,
      limit: 50,
    });
    dispatch({ type: 'earlier', messages: page.messages, hasEarlier: page.hasMore });
  }, []);

  // Typing: say "typing" at most every few seconds while keys are pressed, "stopped" when idle or sent.
  const typingState = useRef<{ sentAt: number; idle?: ReturnType<typeof setTimeout> }>({
    sentAt: 0,
  });
  const emitTyping = useCallback((typing: boolean) => {
    const conversationId = stateRef.current.conversation?.id;
    const socket = getSocket();
    if (conversationId && socket.connected)
      socket.emit('typing:update', { conversationId, typing });
  }, []);
  const setTyping = useCallback(
    (typing: boolean) => {
      const current = typingState.current;
      clearTimeout(current.idle);
      if (typing) {
        current.idle = setTimeout(() => {
          current.sentAt = 0;
          emitTyping(false);
        }, TYPING_IDLE_MS);
        if (Date.now() - current.sentAt < TYPING_IDLE_MS - 1000) return;
        current.sentAt = Date.now();
        emitTyping(true);
      } else if (current.sentAt) {
        current.sentAt = 0;
        emitTyping(false);
      }
    },
    [emitTyping],
  );

  const { send, retry, discard } = outbox;
  return { state, connection, send, retry, discard, loadEarlier, setTyping };
}
