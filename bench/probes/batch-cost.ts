// Probe: where a message batch's time goes. Stores batches of B shopper messages (each to
// its own conversation) through Obrol's batcher code on a file-backed store and times each
// statement of the transaction; with DATABASE_URL, on that PostgreSQL database instead (give it an
// empty one). Run: npx tsx bench/probes/batch-cost.ts [B] [batches]
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../lib/store/connect';
import { createConversation } from '../../lib/store/conversation.repository';
import { storeBatch, type BatchedMessage } from '../../lib/store/message-batcher';
import { seedDemo } from '../../lib/store/seed/seed';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 3);
  const batches = Number(process.argv[3] ?? 500);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'obrol-probe-'));
  let last = performance.now();
  const steps = new Map<string, number[]>();
  let recording = false;
  const store = await openStore({
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir }),
    onStatement: (text) => {
      const now = performance.now();
      if (recording) {
        const key = text.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase();
        steps.set(key, [...(steps.get(key) ?? []), now - last]);
      }
      last = now;
    },
  });
  try {
    await seedDemo(store.db, { email: 'probe@example.test', password: 'probe password 1' });
    const business = await store.db.selectFrom('businesses').select('id').executeTakeFirstOrThrow();
    const conversations: Array<{ id: string; shopperId: string }> = [];
    for (let index = 0; index < 200; index += 1) {
      const shopperId = randomUUID();
      const { row } = await createConversation(store.db, business.id, shopperId);
      conversations.push({ id: row.id, shopperId });
    }
    const totals: number[] = [];
    for (let round = 0; round < batches; round += 1) {
      const messages: BatchedMessage[] = Array.from({ length: size }, (_, index) => {
        const conversation = conversations[(round * size + index) % conversations.length]!;
        return {
          conversationId: conversation.id,
          clientId: randomUUID(),
          sender: 'shopper',
          agentId: null,
          agentName: null,
          kind: 'text',
          text: `probe ${round}.${index}`,
          author: { shopperId: conversation.shopperId },
        };
      });
      recording = true;
      const began = performance.now();
      last = began;
      await storeBatch(store.db, messages);
      totals.push(performance.now() - began);
      recording = false;
    }
    const summary = Object.fromEntries(
      [...steps].map(([key, values]) => [
        key,
        { p50: percentile(values, 50).toFixed(2), p99: percentile(values, 99).toFixed(2) },
      ]),
    );
    console.log(
      JSON.stringify(
        {
          batchSize: size,
          batches,
          batchMs: {
            p50: percentile(totals, 50).toFixed(2),
            p99: percentile(totals, 99).toFixed(2),
          },
          steps: summary,
        },
        null,
        2,
      ),
    );
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
