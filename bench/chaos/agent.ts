// The chaos run's agent: follows every conversation as an inbox would (protocol §7.4 and §7.6): on
// every connect it joins again and syncs from its highest gap-free seq; a live message:created
// past that seq makes it sync too. It records what reached it, live and by sync.
import type { Message } from '../../lib/protocol/chat.schema';
import { ask, LostAck, waitConnected, type ChaosSocket } from './sockets';

interface Followed {
  /** What the agent holds, by seq. */
  held: Map<number, Message>;
  gapFree: number;
  syncing: boolean;
  syncAgain: boolean;
}

export interface AgentView {
  /** Per conversation, what the agent holds in seq order. */
  conversations: Map<string, Message[]>;
  /** message:created events per client id: each message is broadcast once, so never above 1. */
  liveCount: Map<string, number>;
  /** A seq that came with two different messages: the server contradicted itself. */
  conflicts: string[];
  receivedBySync: number;
}

const REQUEST_TIMEOUT_MS = 5_000;

export function followAsAgent(socket: ChaosSocket) {
  const followed = new Map<string, Followed>();
  const liveCount = new Map<string, number>();
  const conflicts: string[] = [];
  let receivedBySync = 0;

  function hold(state: Followed, message: Message): void {
    const known = state.held.get(message.seq);
    if (known && known.id !== message.id) {
      conflicts.push(`${message.conversationId} seq ${message.seq}: ${known.id} and ${message.id}`);
    }
    if (!known) state.held.set(message.seq, message);
    while (state.held.has(state.gapFree + 1)) state.gapFree += 1;
  }

  /** One sync at a time per conversation; asking during one runs another after it. */
  async function sync(conversationId: string): Promise<void> {
    const state = followed.get(conversationId);
    if (!state) return;
    if (state.syncing) {
      state.syncAgain = true;
      return;
    }
    state.syncing = true;
    try {
      do {
        state.syncAgain = false;
        for (;;) {
          const payload = { conversationId, afterSeq: state.gapFree, limit: 100 };
          const result = await ask(socket, 'message:sync', payload, REQUEST_TIMEOUT_MS);
          if (!result.ok) throw new Error(`message:sync refused: ${result.error.code}`);
          receivedBySync += result.data.messages.length;
          for (const message of result.data.messages) hold(state, message);
          if (!result.data.hasMore) break;
        }
      } while (state.syncAgain);
    } finally {
      state.syncing = false;
    }
  }

  async function joinAndSync(conversationId: string): Promise<void> {
    const result = await ask(socket, 'conversation:join', { conversationId }, REQUEST_TIMEOUT_MS);
    if (!result.ok) throw new Error(`conversation:join refused: ${result.error.code}`);
    await sync(conversationId);
  }

  /** Until it succeeds on some connection; a lost ack means the next connect tries again anyway. */
  async function surely(work: () => Promise<void>): Promise<void> {
    for (;;) {
      await waitConnected(socket);
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof LostAck)) throw error;
      }
    }
  }

  const failures: unknown[] = [];
  const inBackground = (work: Promise<void>) =>
    work.catch((error: unknown) => {
      if (!(error instanceof LostAck)) failures.push(error);
    });

  socket.on('connect', () => {
    for (const conversationId of followed.keys()) inBackground(joinAndSync(conversationId));
  });
  socket.on('message:created', ({ message }) => {
    liveCount.set(message.clientId, (liveCount.get(message.clientId) ?? 0) + 1);
    const state = followed.get(message.conversationId);
    if (!state) return;
    const gapBelow = message.seq > state.gapFree + 1;
    hold(state, message);
    if (gapBelow) inBackground(sync(message.conversationId));
  });

  return {
    async follow(conversationId: string): Promise<void> {
      followed.set(conversationId, {
        held: new Map(),
        gapFree: 0,
        syncing: false,
        syncAgain: false,
      });
      await surely(() => joinAndSync(conversationId));
    },
    /** A last sync of every conversation, as on a reconnect, then what the agent holds. */
    async finish(): Promise<AgentView> {
      for (const conversationId of followed.keys()) {
        await surely(async () => {
          // A sync still running from an event would swallow this one; wait for it to end.
          while (followed.get(conversationId)?.syncing) await new Promise((r) => setTimeout(r, 20));
          await sync(conversationId);
        });
      }
      if (failures.length > 0) throw failures[0];
      const conversations = new Map(
        [...followed].map(([id, state]) => [
          id,
          [...state.held.values()].sort((a, b) => a.seq - b.seq),
        ]),
      );
      return { conversations, liveCount, conflicts, receivedBySync };
    },
  };
}
