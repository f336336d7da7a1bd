'use client';
// "Typing" for the agent's composer: sent at most every few seconds while keys are pressed,
// "stopped" when idle, sent or blurred.
import { useCallback, useEffect, useRef } from 'react';
import { getSocket } from './socket';

const TYPING_IDLE_MS = 4_000;

export function useTypingSignal(conversationId: string) {
  const state = useRef<{ sentAt: number; idle?: ReturnType<typeof setTimeout> }>({ sentAt: 0 });

  const emit = useCallback(
    (typing: boolean) => {
      const socket = getSocket('agent');
      if (socket.connected) socket.emit('typing:update', { conversationId, typing });
    },
    [conversationId],
  );

  // Leaving a conversation while typing says so.
  useEffect(() => {
    const current = state.current;
    return () => {
      clearTimeout(current.idle);
      if (current.sentAt) emit(false);
      current.sentAt = 0;
    };
  }, [emit]);

  return useCallback(
    (typing: boolean) => {
      const current = state.current;
      clearTimeout(current.idle);
      if (typing) {
        current.idle = setTimeout(() => {
          current.sentAt = 0;
          emit(false);
        }, TYPING_IDLE_MS);
        if (Date.now() - current.sentAt < TYPING_IDLE_MS - 1000) return;
        current.sentAt = Date.now();
        emit(true);
      } else if (current.sentAt) {
        current.sentAt = 0;
        emit(false);
      }
    },
    [emit],
  );
}
