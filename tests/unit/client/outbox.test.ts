import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { openOfflineDatabase, type OfflineDatabase } from '@/lib/client/offline/db';
import { MAX_CACHED_MESSAGES, DeviceCache } from '@/lib/client/offline/device-cache';
import { Outbox } from '@/lib/client/offline/outbox';
import type { OutboxEntry } from '@/lib/client/offline/outbox-entry';
import type { Conversation, Message } from '@/lib/protocol/chat.schema';

const databases: OfflineDatabase[] = [];
async function freshDatabase(name = `obrol-test-${randomUUID()}`) {
  const db = await openOfflineDatabase(name);
  databases.push(db);
  return { db, name };
}
afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

function refused(code: string) {
  return Object.assign(new Error(code), { body: { code, message: `refused: ${code}` } });
}

async function queueTexts(outbox: Outbox, ...texts: string[]) {
  for (const text of texts) {
    const clientId = randomUUID();
    await outbox.enqueue(clientId, { kind: 'message', clientId, text });
  }
}

const textOf = (entry: OutboxEntry) =>
  entry.operation.kind === 'message' ? entry.operation.text : '';

describe('the outbox', () => {
  test('flushes in the order sent and removes each entry exactly once, on its ack', async () => {
    const { db } = await freshDatabase();
    const outbox = new Outbox(db, 'demo');
    await queueTexts(outbox, 'satu', 'dua', 'tiga');
    const sent: string[] = [];
    const delivered: string[] = [];
    const outcome = await outbox.flush(
      async (entry) => {
        sent.push(textOf(entry));
        return textOf(entry).toUpperCase();
      },
      { delivered: (_entry, result) => delivered.push(result), failed: () => {} },
    );
    expect(outcome).toBe('done');
    expect(sent).toEqual(['satu', 'dua', 'tiga']);
    expect(delivered).toEqual(['SATU', 'DUA', 'TIGA']);
    expect(await outbox.list()).toEqual([]);
  });

  test('keeps each business in its own line', async () => {
    const { db } = await freshDatabase();
    await queueTexts(new Outbox(db, 'demo'), 'for demo');
    await queueTexts(new Outbox(db, 'other'), 'for other');
    expect((await new Outbox(db, 'demo').list()).map(textOf)).toEqual(['for demo']);
  });

  test('a retryable failure (no connection, no ack, INTERNAL) keeps the entry queued and stops the flush', async () => {
    const { db } = await freshDatabase();
    const outbox = new Outbox(db, 'demo');
    await queueTexts(outbox, 'satu', 'dua', 'tiga');
    const sent: string[] = [];
    const outcome = await outbox.flush(
      async (entry) => {
        sent.push(textOf(entry));
        if (textOf(entry) === 'dua') throw new Error('operation has timed out');
      },
      { delivered: () => {}, failed: () => {} },
    );
    expect(outcome).toBe('stopped');
    expect(sent).toEqual(['satu', 'dua']);
    expect((await outbox.list()).map((e) => [textOf(e), e.status])).toEqual([
      ['dua', 'queued'],
      ['tiga', 'queued'],
    ]);

    const internal = await outbox.flush(
      async () => {
        throw refused('INTERNAL');
      },
      { delivered: () => {}, failed: () => {} },
    );
    expect(internal).toBe('stopped');
    expect((await outbox.list()).every((e) => e.status === 'queued')).toBe(true);

    // The next connect picks up where it stopped.
    const later: string[] = [];
    await outbox.flush(async (entry) => void later.push(textOf(entry)), {
      delivered: () => {},
      failed: () => {},
    });
    expect(later).toEqual(['dua', 'tiga']);
  });

  test('a permanent failure marks that entry failed with its reason, goes on, and can be retried or deleted', async () => {
    const { db } = await freshDatabase();
    const outbox = new Outbox(db, 'demo');
    await queueTexts(outbox, 'satu', 'dua', 'tiga');
    const failed: Array<[string, string]> = [];
    const delivered: string[] = [];
    await outbox.flush(
      async (entry) => {
        if (textOf(entry) === 'dua') throw refused('NOT_FOUND');
      },
      {
        delivered: (entry) => delivered.push(textOf(entry)),
        failed: (entry, failure) => failed.push([textOf(entry), failure.code]),
      },
    );
    expect(delivered).toEqual(['satu', 'tiga']);
    expect(failed).toEqual([['dua', 'NOT_FOUND']]);
    const [entry] = await outbox.list();
    expect(entry).toMatchObject({
      status: 'failed',
      failure: { code: 'NOT_FOUND', message: 'refused: NOT_FOUND' },
    });
    if (!entry) throw new Error('the failed entry is gone');

    // A failed entry is not sent again on its own…
    const again: string[] = [];
    await outbox.flush(async (e) => void again.push(textOf(e)), {
      delivered: () => {},
      failed: () => {},
    });
    expect(again).toEqual([]);
    // …only after Retry.
    expect(await outbox.requeue(entry.id)).toBe(true);
    expect((await outbox.list())[0]).not.toHaveProperty('failure');
    await outbox.flush(async (e) => void again.push(textOf(e)), {
      delivered: () => {},
      failed: () => {},
    });
    expect(again).toEqual(['dua']);

    await queueTexts(outbox, 'empat');
    const [last] = await outbox.list();
    expect(await outbox.remove(last?.id ?? '')).toBe(true);
    expect(await outbox.remove(last?.id ?? '')).toBe(false);
  });

  test('survives a reload: a new outbox on the same database holds the same entries, in order', async () => {
    const { db, name } = await freshDatabase();
    await queueTexts(new Outbox(db, 'demo'), 'satu', 'dua');
    const failedId = (await new Outbox(db, 'demo').list())[1]?.id ?? '';
    await new Outbox(db, 'demo').change(failedId, (entry) => ({
      ...entry,
      status: 'failed',
      failure: { code: 'FORBIDDEN', message: 'no' },
    }));
    db.close();

    const { db: reopened } = await freshDatabase(name);
    const entries = await new Outbox(reopened, 'demo').list();
    expect(entries.map((e) => [textOf(e), e.status])).toEqual([
      ['satu', 'queued'],
      ['dua', 'failed'],
    ]);
  });

  test('two flushes at once (two tabs) send each entry once', async () => {
    const { db } = await freshDatabase();
    await queueTexts(new Outbox(db, 'demo'), 'satu', 'dua', 'tiga');
    const sent: string[] = [];
    const send = async (entry: OutboxEntry) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      sent.push(textOf(entry));
    };
    const hooks = { delivered: () => {}, failed: () => {} };
    await Promise.all([
      new Outbox(db, 'demo').flush(send, hooks),
      new Outbox(db, 'demo').flush(send, hooks),
    ]);
    expect(sent).toEqual(['satu', 'dua', 'tiga']);
  });
});

describe('the device cache', () => {
  const conversation: Conversation = {
    id: randomUUID(),
    businessId: randomUUID(),
    shopperId: randomUUID(),
    createdAt: '2025-01-06T05:00:00.000Z',
    lastMessageAt: '2025-01-06T06:00:00.000Z',
    lastSeq: 250,
    receipts: {
      shopper: { deliveredSeq: 250, readSeq: 250 },
      business: { deliveredSeq: 249, readSeq: 248 },
    },
  };

  function message(seq: number): Message {
    return {
      id: randomUUID(),
      clientId: randomUUID(),
      conversationId: conversation.id,
      seq,
      sender: 'shopper',
      kind: 'text',
      text: `message ${seq}`,
      order: null,
      agentName: null,
      createdAt: '2025-01-06T05:00:00.000Z',
    };
  }

  test('keeps the latest 200 messages with their seq numbers and the receipts, per business', async () => {
    const { db } = await freshDatabase();
    const cache = new DeviceCache(db, 'demo');
    const messages = Array.from({ length: 250 }, (_, index) => message(index + 1));
    await cache.saveConversation({ conversation, messages, hasEarlier: false });

    const { db: reopened } = await freshDatabase(db.name);
    const restored = await new DeviceCache(reopened, 'demo').loadConversation();
    expect(restored?.messages).toHaveLength(MAX_CACHED_MESSAGES);
    expect(restored?.messages[0]?.seq).toBe(51);
    expect(restored?.messages.at(-1)?.seq).toBe(250);
    expect(restored?.hasEarlier).toBe(true);
    expect(restored?.conversation.receipts).toEqual(conversation.receipts);
    expect(await new DeviceCache(reopened, 'other').loadConversation()).toBeUndefined();
  });
});
