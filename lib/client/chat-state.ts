// The shopper's view of one conversation, as a pure reducer: confirmed messages by sequence number,
// and the shopper's own messages still on their way.
import type { Conversation, Message, Receipts, Sender } from '../protocol/chat.schema';
import type { Order } from '../protocol/commerce.schema';
import type { ErrorCode } from '../protocol/errors';

/** 'queued': kept on the device (the outbox) while there is no connection to send it on. */
export type Delivery = 'queued' | 'sending' | 'failed' | 'sent' | 'delivered' | 'read';

export interface PendingMessage {
  clientId: string;
  text: string;
  createdAt: string;
  failed: boolean;
  error?: string;
  /** The error code of a failed send, for a translated reason. */
  reason?: ErrorCode;
  /** A queued cart (cart:send), with what the shopper saw when sending it. */
  order?: { itemCount: number; subtotal: number; currency: string };
}

export interface ChatState {
  conversation: Conversation | null;
  /** Stored messages, ordered by seq, without gaps once synced. */
  messages: Message[];
  pending: PendingMessage[];
  receipts: Receipts;
  hasEarlier: boolean;
  peerTyping: boolean;
}

export type ChatAction =
  | { type: 'opened'; conversation: Conversation; messages: Message[]; hasEarlier: boolean }
  /** The device's copy, shown until the server answers. */
  | { type: 'restored'; conversation: Conversation; messages: Message[]; hasEarlier: boolean }
  | { type: 'received'; messages: Message[] }
  | { type: 'earlier'; messages: Message[]; hasEarlier: boolean }
  | { type: 'queued'; pending: PendingMessage }
  | { type: 'failed'; clientId: string; error: string; reason?: ErrorCode }
  | { type: 'retried'; clientId: string }
  | { type: 'discarded'; clientId: string }
  | { type: 'receipts'; receipts: Receipts }
  | { type: 'typing'; typing: boolean }
  | { type: 'orderUpdated'; order: Order };

const noReceipts: Receipts = {
  shopper: { deliveredSeq: 0, readSeq: 0 },
  business: { deliveredSeq: 0, readSeq: 0 },
};

export const initialChatState: ChatState = {
  conversation: null,
  messages: [],
  pending: [],
  receipts: noReceipts,
  hasEarlier: false,
  peerTyping: false,
};

/** Adds messages not yet known (by seq), keeping order. */
export function mergeMessages(known: Message[], incoming: Message[]): Message[] {
  const bySeq = new Map(known.map((message) => [message.seq, message]));
  for (const message of incoming) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The highest sequence number up to which nothing is missing, counting on from the first known
 * message. Syncing continues from here, so a message acked out of turn cannot hide a gap.
 */
export function syncedSeq(state: ChatState): number {
  let seq = state.messages[0]?.seq ?? 0;
  for (const message of state.messages.slice(1)) {
    if (message.seq !== seq + 1) break;
    seq = message.seq;
  }
  return seq;
}

/** True when `message` does not follow straight on from what is known without gaps: some were missed. */
export function leavesGap(state: ChatState, message: Message): boolean {
  return state.messages.length > 0 && message.seq > syncedSeq(state) + 1;
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'restored':
      if (state.conversation) return state;
      return {
        ...state,
        conversation: action.conversation,
        messages: mergeMessages([], action.messages),
        receipts: action.conversation.receipts,
        hasEarlier: action.hasEarlier,
        pending: withoutConfirmed(state.pending, action.messages),
      };
    case 'opened': {
      // On a reconnect the opening page may not join on to what is known; message:sync fills in.
      // A device copy of another conversation (a new shopper cookie) is dropped.
      const reopened = state.messages[0]?.conversationId === action.conversation.id;
      const messages = reopened ? state.messages : mergeMessages([], action.messages);
      return {
        ...state,
        conversation: action.conversation,
        messages,
        receipts: action.conversation.receipts,
        hasEarlier: reopened ? state.hasEarlier : action.hasEarlier,
        pending: withoutConfirmed(state.pending, messages),
      };
    }
    case 'received': {
      const messages = mergeMessages(state.messages, action.messages);
      const fromPeer = action.messages.some((message) => message.sender === 'business');
      return {
        ...state,
        messages,
        pending: withoutConfirmed(state.pending, messages),
        peerTyping: fromPeer ? false : state.peerTyping,
      };
    }
    case 'earlier':
      return {
        ...state,
        messages: mergeMessages(state.messages, action.messages),
        hasEarlier: action.hasEarlier,
      };
    case 'queued': {
      // The outbox is read again after a reload or another tab's send: one bubble per client id.
      const confirmed = state.messages.some((m) => m.clientId === action.pending.clientId);
      if (confirmed || state.pending.some((p) => p.clientId === action.pending.clientId))
        return state;
      return { ...state, pending: [...state.pending, action.pending] };
    }
    case 'failed':
      return {
        ...state,
        pending: state.pending.map((p) =>
          p.clientId === action.clientId
            ? {
                ...p,
                failed: true,
                error: action.error,
                ...(action.reason && { reason: action.reason }),
              }
            : p,
        ),
      };
    case 'retried':
      return {
        ...state,
        pending: state.pending.map((p) => {
          if (p.clientId !== action.clientId) return p;
          const { error: _error, reason: _reason, ...rest } = p;
          return { ...rest, failed: false };
        }),
      };
    case 'discarded':
      return { ...state, pending: state.pending.filter((p) => p.clientId !== action.clientId) };
    case 'receipts':
      return { ...state, receipts: action.receipts };
    case 'typing':
      return { ...state, peerTyping: action.typing };
    case 'orderUpdated':
      return {
        ...state,
        messages: state.messages.map((message) =>
          message.order?.id === action.order.id ? { ...message, order: action.order } : message,
        ),
      };
  }
}

function withoutConfirmed(pending: PendingMessage[], messages: Message[]): PendingMessage[] {
  if (!pending.length) return pending;
  const confirmed = new Set(messages.map((message) => message.clientId));
  return pending.filter((p) => !confirmed.has(p.clientId));
}

/** The ticks for a stored message, seen by `viewer`. Only the viewer's own messages have any. */
export function deliveryOf(message: Message, viewer: Sender, receipts: Receipts): Delivery | null {
  if (message.sender !== viewer) return null;
  const peer = viewer === 'shopper' ? receipts.business : receipts.shopper;
  if (message.seq <= peer.readSeq) return 'read';
  if (message.seq <= peer.deliveredSeq) return 'delivered';
  return 'sent';
}
