'use client';
// One conversation as an agent sees it: joined on connect, resynced after a drop, the shopper's
// messages marked read while the page is visible, typing both ways. Built on the shopper's reducer.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ConversationSummary, Message, Receipts, Typing } from '../protocol/chat.schema';
import type { Order } from '../protocol/commerce.schema';
import type { Referral } from '../protocol/referral.schema';
import { chatReducer, initialChatState, leavesGap, syncedSeq, type ChatState } from './chat-state';
import { request, RequestError } from './request';
import { getSocket, type ClientSocket } from './socket';
import { useTypingSignal } from './use-typing-signal';

const PEER_TYPING_EXPIRES_MS = 6_000;

export function useAgentConversation(conversationId: string) {
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  const stateRef = useRef<ChatState>(state);
  // Where the shopper came from: every referral, each shown above the message that carried it.
  const [referrals, setReferrals] = useState<Referral[]>([]);
  const apply = useCallback((action: Parameters<typeof chatReducer>[1]) => {
    stateRef.current = chatReducer(stateRef.current, action);
    dispatch(action);
  }, []);

  const syncAfter = useCallback(
    async (socket: ClientSocket) => {
      for (;;) {
        const page = await request(socket, 'message:sync', {
          conversationId,
          afterSeq: syncedSeq(stateRef.current),
          limit: 100,
        });
        apply({ type: 'received', messages: page.messages });
        if (!page.hasMore) break;
      }
    },
    [apply, conversationId],
  );

  const deliver = useCallback(
    (clientId: string, text: string) => {
      const socket = getSocket('agent');
      if (!socket.connected) return; // sent again, same id, on the next connect
      request(socket, 'message:send', { conversationId, clientId, text })
        .then(({ message }) => {
          const gap = leavesGap(stateRef.current, message);
          apply({ type: 'received', messages: [message] });
          if (gap) void syncAfter(socket);
        })
        .catch((error: unknown) => {
          if (error instanceof RequestError)
            apply({ type: 'failed', clientId, error: error.message });
        });
    },
    [apply, conversationId, syncAfter],
  );

  useEffect(() => {
    const socket = getSocket('agent');
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    const mine = (id: string) => id === conversationId;

    async function onConnect() {
      try {
        const { referrals: known = [], ...joined } = await request(socket, 'conversation:join', {
          conversationId,
        });
        const hadMessages = stateRef.current.messages.length > 0;
        apply({ type: 'opened', ...joined });
        setReferrals(known);
        if (hadMessages) await syncAfter(socket);
        for (const pending of stateRef.current.pending) {
          if (!pending.failed) deliver(pending.clientId, pending.text);
        }
      } catch {
        // A refused join leaves the view empty; the list still works.
      }
    }
    function onMessageCreated({ message }: { message: Message }) {
      if (!mine(message.conversationId)) return;
      if (leavesGap(stateRef.current, message)) return void syncAfter(socket);
      apply({ type: 'received', messages: [message] });
      if (message.sender === 'shopper') apply({ type: 'typing', typing: false });
    }
    function onReceipts(payload: { conversationId: string; receipts: Receipts }) {
      if (mine(payload.conversationId)) apply({ type: 'receipts', receipts: payload.receipts });
    }
    function onTyping(typing: Typing) {
      if (!mine(typing.conversationId) || typing.sender !== 'shopper') return;
      apply({ type: 'typing', typing: typing.typing });
      clearTimeout(typingTimer);
      if (typing.typing)
        typingTimer = setTimeout(
          () => apply({ type: 'typing', typing: false }),
          PEER_TYPING_EXPIRES_MS,
        );
    }
    function onOrderUpdated({ order }: { order: Order }) {
      if (mine(order.conversationId)) apply({ type: 'orderUpdated', order });
    }
    // A new referral, or the message that carried one, arrives with the inbox summary.
    function onSummary({ conversation }: { conversation: ConversationSummary }) {
      const latest = conversation.referral;
      if (!mine(conversation.id) || !latest) return;
      setReferrals((current) => [...current.filter((r) => r.id !== latest.id), latest]);
    }

    socket.on('connect', onConnect);
    socket.on('message:created', onMessageCreated);
    socket.on('receipt:updated', onReceipts);
    socket.on('typing:updated', onTyping);
    socket.on('order:updated', onOrderUpdated);
    socket.on('conversation:updated', onSummary);
    if (socket.connected) void onConnect();
    else socket.connect();
    return () => {
      clearTimeout(typingTimer);
      socket.off('connect', onConnect);
      socket.off('message:created', onMessageCreated);
      socket.off('receipt:updated', onReceipts);
      socket.off('typing:updated', onTyping);
      socket.off('order:updated', onOrderUpdated);
      socket.off('conversation:updated', onSummary);
    };
  }, [apply, conversationId, deliver, syncAfter]);

  // The shopper sees read ticks once an agent has the conversation open on a visible page.
  const lastShopperSeq =
    state.messages.findLast((message) => message.sender === 'shopper')?.seq ?? 0;
  useEffect(() => {
    if (!lastShopperSeq) return;
    const socket = getSocket('agent');
    const report = () => {
      if (document.visibilityState !== 'visible' || !socket.connected) return;
      if (stateRef.current.receipts.business.readSeq >= lastShopperSeq) return;
      socket.emit('receipt:update', { conversationId, readSeq: lastShopperSeq }, (result) => {
        if (result.ok) apply({ type: 'receipts', receipts: result.data.receipts });
      });
    };
    report();
    document.addEventListener('visibilitychange', report);
    socket.on('connect', report);
    return () => {
      document.removeEventListener('visibilitychange', report);
      socket.off('connect', report);
    };
  }, [apply, conversationId, lastShopperSeq]);

  const send = useCallback(
    (text: string) => {
      const clientId = crypto.randomUUID();
      apply({
        type: 'queued',
        pending: { clientId, text, createdAt: new Date().toISOString(), failed: false },
      });
      deliver(clientId, text);
    },
    [apply, deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const pending = stateRef.current.pending.find((p) => p.clientId === clientId);
      if (!pending) return;
      apply({ type: 'retried', clientId });
      deliver(clientId, pending.text);
    },
    [apply, deliver],
  );

  const discard = useCallback(
    (clientId: string) => apply({ type: 'discarded', clientId }),
    [apply],
  );

  const loadEarlier = useCallback(async () => {
    const first = stateRef.current.messages[0]?.seq;
    if (!first) return;
    const page = await request(getSocket('agent'), 'message:history', {
      conversationId,
      beforeSeq: first,
      limit: 50,
    });
    apply({ type: 'earlier', messages: page.messages, hasEarlier: page.hasMore });
  }, [apply, conversationId]);

  const setTyping = useTypingSignal(conversationId);

  return { state, referrals, send, retry, discard, loadEarlier, setTyping };
}
