// One chaos shopper: opens its conversation with the demo business, then sends its messages one at
// a time, as the web client's outbox does: a message whose ack does not come (a time-out, a dropped
// connection, INTERNAL) is sent again with the same client id once connected, until it is acked.
import { randomUUID } from 'node:crypto';
import { ask, LostAck, waitConnected, type ChaosSocket } from './sockets';

export interface SentMessage {
  clientId: string;
  text: string;
  /** What the ack said; undefined if the message was never acked. */
  acked?: { id: string; seq: number };
  attempts: number;
}

export interface ShopperLog {
  conversationId: string;
  /** In the order this shopper sent them. */
  messages: SentMessage[];
  /** Acks that refused a message for good (anything but INTERNAL): none are expected. */
  refusals: string[];
}

interface ShopperRun {
  socket: ChaosSocket;
  index: number;
  count: number;
  ackTimeoutMs: number;
  /** Called once the conversation exists, before the first message: the agent follows it. */
  onOpened(conversationId: string): Promise<void>;
  onAcked(): void;
}

/** Retries an acked request until it answers ok; a refusal other than INTERNAL is thrown. */
async function untilOk<T>(socket: ChaosSocket, attempt: () => Promise<T | 'retry'>): Promise<T> {
  for (;;) {
    await waitConnected(socket);
    const result = await attempt().catch((error: unknown) => {
      if (error instanceof LostAck) return 'retry' as const;
      throw error;
    });
    if (result !== 'retry') return result;
  }
}

export async function runShopper(run: ShopperRun): Promise<ShopperLog> {
  const { socket, ackTimeoutMs } = run;
  const conversationId = await untilOk(socket, async () => {
    const result = await ask(socket, 'conversation:open', { businessSlug: 'demo' }, ackTimeoutMs);
    if (result.ok) return result.data.conversation.id;
    if (result.error.code === 'INTERNAL') return 'retry';
    throw new Error(`conversation:open refused: ${result.error.code}`);
  });
  await run.onOpened(conversationId);
  const log: ShopperLog = { conversationId, messages: [], refusals: [] };
  for (let index = 0; index < run.count; index += 1) {
    const message: SentMessage = {
      clientId: randomUUID(),
      text: `shopper ${run.index} message ${index}`,
      attempts: 0,
    };
    log.messages.push(message);
    const payload = { conversationId, clientId: message.clientId, text: message.text };
    await untilOk(socket, async () => {
      message.attempts += 1;
      const result = await ask(socket, 'message:send', payload, ackTimeoutMs);
      if (result.ok) {
        message.acked = { id: result.data.message.id, seq: result.data.message.seq };
        run.onAcked();
      } else if (result.error.code === 'INTERNAL') {
        return 'retry';
      } else {
        log.refusals.push(`${message.clientId}: ${result.error.code} ${result.error.message}`);
      }
      return 'done';
    });
  }
  return log;
}
