import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { advanceReceipts, createConversation } from '@/lib/store/conversation.repository';
import type { Store } from '@/lib/store/connect';
import {
  MessageBatcher,
  type BatchedMessage,
  type BatchOutcome,
} from '@/lib/store/message-batcher';
import type { Database } from '@/lib/store/schema';
import type { ConversationSummary } from '@/lib/protocol/chat.schema';
import { request, type TestSocket } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { demoBusinessId, seedTestStore } from '../../support/seed';
import { createTestStore, storeKinds } from '../../support/store';

jest.setTimeout(60_000);

/** A conversation of a new shopper with the business. */
async function newConversationOf(db: Kysely<Database>, businessId: string) {
  const shopperId = randomUUID();
  const { row } = await createConversation(db, businessId, shopperId);
  return { id: row.id, shopperId };
}

/** A text from the conversation's own shopper. */
const fromShopper = (
  conversation: { id: string; shopperId: string },
  text: string,
  clientId: string = randomUUID(),
): BatchedMessage => ({
  conversationId: conversation.id,
  clientId,
  sender: 'shopper',
  agentId: null,
  agentName: null,
  kind: 'text',
  text,
  author: { shopperId: conversation.shopperId },
});

describe.each(storeKinds())('the message batcher (%s)', (kind) => {
  let store: Store;
  let db: Kysely<Database>;
  let businessId: string;
  let ownerId: string;

  beforeAll(async () => {
    store = await createTestStore(kind);
    await seedTestStore(store);
    db = store.db;
    businessId = await demoBusinessId(store);
    const owner = await db
      .selectFrom('agents')
      .select('id')
      .where('business_id', '=', businessId)
      .executeTakeFirstOrThrow();
    ownerId = owner.id;
  });

  afterAll(() => store.close());

  const newConversation = () => newConversationOf(db, businessId);

  const fromAgent = (conversationId: string, text: string, agentId = ownerId): BatchedMessage => ({
    conversationId,
    clientId: randomUUID(),
    sender: 'business',
    agentId,
    agentName: 'Owner',
    kind: 'text',
    text,
    author: { businessId },
  });

  /** Submits every message in the same tick, as sockets read in one turn of the loop would. */
  const submitTogether = (batcher: MessageBatcher, messages: BatchedMessage[]) =>
    Promise.allSettled(messages.map((message) => batcher.submit(message)));

  const stored = (result: PromiseSettledResult<BatchOutcome> | undefined) => {
    if (result?.status !== 'fulfilled' || !result.value.stored) {
      throw new Error(`expected a stored message, got ${JSON.stringify(result)}`);
    }
    return result.value;
  };
  const created = (result: PromiseSettledResult<BatchOutcome> | undefined) => {
    const outcome = stored(result);
    if (!outcome.created) throw new Error(`expected a new message, got a retry`);
    return outcome;
  };

  const messagesOf = (conversationId: string) =>
    db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('seq')
      .execute();

  test('messages sent in one tick to several conversations are committed together, numbered 1… per conversation', async () => {
    const batcher = new MessageBatcher(db);
    const conversations = [
      await newConversation(),
      await newConversation(),
      await newConversation(),
    ];
    const messages = [0, 1, 2, 3].flatMap((round) =>
      conversations.map((conversation, index) => fromShopper(conversation, `c${index} m${round}`)),
    );
    const results = await submitTogether(batcher, messages);

    const outcomes = results.map(stored);
    expect(outcomes.every((outcome) => outcome.created)).toBe(true);
    // One transaction: every row carries the same commit time.
    expect(new Set(outcomes.map((outcome) => outcome.row.created_at.getTime())).size).toBe(1);
    for (const [index, conversation] of conversations.entries()) {
      const rows = await messagesOf(conversation.id);
      expect(rows.map((row) => [row.seq, row.text])).toEqual(
        [0, 1, 2, 3].map((round) => [round + 1, `c${index} m${round}`]),
      );
      const after = await db
        .selectFrom('conversations')
        .selectAll()
        .where('id', '=', conversation.id)
        .executeTakeFirstOrThrow();
      expect(after.last_seq).toBe(4);
      expect(after.business_unread_count).toBe(4);
    }
  });

  test('a client id sent twice in one batch, and again in a later batch, is stored once and leaves no gap', async () => {
    const batcher = new MessageBatcher(db);
    const conversation = await newConversation();
    const clientId = randomUUID();
    const twice = await submitTogether(batcher, [
      fromShopper(conversation, 'sekali', clientId),
      fromShopper(conversation, 'sekali', clientId),
      fromShopper(conversation, 'lain'),
    ]);
    const [first, second, other] = twice.map(stored);
    expect(first?.created).toBe(true);
    expect(second?.created).toBe(false);
    expect(second?.row.id).toBe(first?.row.id);
    expect(other?.row.seq).toBe(2);

    // A retry beside a new message in a later batch: the new one takes the next number.
    const later = await submitTogether(batcher, [
      fromShopper(conversation, 'baru'),
      fromShopper(conversation, 'sekali', clientId),
    ]);
    const [fresh, retry] = later.map(stored);
    expect(retry?.created).toBe(false);
    expect(retry?.row.id).toBe(first?.row.id);
    expect(retry?.row.seq).toBe(1);
    expect(fresh?.row.seq).toBe(3);

    const rows = await messagesOf(conversation.id);
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3]);
    expect(rows.filter((row) => row.client_id === clientId)).toHaveLength(1);
  });

  test('a message to a deleted conversation, or to someone else’s, is refused alone; the batch’s others are stored', async () => {
    const batcher = new MessageBatcher(db);
    const kept = await newConversation();
    const deleted = await newConversation();
    const foreign = await newConversation();
    await db.deleteFrom('conversations').where('id', '=', deleted.id).execute();
    const results = await submitTogether(batcher, [
      fromShopper(kept, 'satu'),
      fromShopper(deleted, 'hilang'),
      { ...fromShopper(foreign, 'bukan punyaku'), author: { shopperId: kept.shopperId } },
      fromShopper(kept, 'dua'),
    ]);
    expect(results.map((result) => result.status === 'fulfilled' && result.value.stored)).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect((await messagesOf(kept.id)).map((row) => [row.seq, row.text])).toEqual([
      [1, 'satu'],
      [2, 'dua'],
    ]);
    expect(await messagesOf(foreign.id)).toHaveLength(0);
  });

  test('a message the store rejects (its agent was removed) fails alone: the others are stored in order without gaps', async () => {
    const batcher = new MessageBatcher(db);
    const conversation = await newConversation();
    const other = await newConversation();
    const results = await submitTogether(batcher, [
      fromShopper(conversation, 'satu'),
      fromAgent(conversation.id, 'dari agen yang dihapus', randomUUID()),
      fromShopper(other, 'lain'),
      fromAgent(conversation.id, 'balasan'),
      fromShopper(conversation, 'tiga'),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect((await messagesOf(conversation.id)).map((row) => [row.seq, row.text])).toEqual([
      [1, 'satu'],
      [2, 'balasan'],
      [3, 'tiga'],
    ]);
    expect((await messagesOf(other.id)).map((row) => row.seq)).toEqual([1]);
  });

  test('each conversation keeps the order its messages arrived in, within a batch and across batches', async () => {
    const batcher = new MessageBatcher(db, { maxBatch: 7 });
    const conversation = await newConversation();
    const texts = Array.from({ length: 40 }, (_, index) => `pesan ${index}`);
    // 40 sends in one tick with at most 7 per batch: six batches, one after another.
    const results = await submitTogether(
      batcher,
      texts.map((text) => fromShopper(conversation, text)),
    );
    const outcomes = results.map(stored);
    expect(new Set(outcomes.map((outcome) => outcome.row.created_at.getTime())).size).toBe(6);
    expect(outcomes.map((outcome) => outcome.row.seq)).toEqual(texts.map((_, index) => index + 1));
    expect((await messagesOf(conversation.id)).map((row) => row.text)).toEqual(texts);
  });

  test('the unread count counts shopper messages past the business’s read mark, between agent messages too', async () => {
    const batcher = new MessageBatcher(db);
    const conversation = await newConversation();
    const results = await submitTogether(batcher, [
      fromShopper(conversation, 's1'),
      fromAgent(conversation.id, 'a1'),
      fromShopper(conversation, 's2'),
      fromShopper(conversation, 's3'),
      fromAgent(conversation.id, 'a2'),
    ]);
    const last = created(results.at(-1));
    expect(last.conversation.business_unread_count).toBe(3);
    expect(last.conversation.last_seq).toBe(5);

    const read = await advanceReceipts(db, conversation.id, 'business', { readSeq: 3 });
    expect(read?.business_unread_count).toBe(1);
    const more = created((await submitTogether(batcher, [fromShopper(conversation, 's4')]))[0]);
    expect(more.conversation.business_unread_count).toBe(2);
    const all = await advanceReceipts(db, conversation.id, 'business', { readSeq: 6 });
    expect(all?.business_unread_count).toBe(0);
  });

  test('a pending referral is carried by the first shopper message of the batch and then cleared', async () => {
    const batcher = new MessageBatcher(db);
    const conversation = await newConversation();
    const open = await db
      .insertInto('link_opens')
      .values({
        business_id: businessId,
        source_type: 'ad',
        conversation_id: conversation.id,
        attached_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('conversations')
      .set({ current_referral_id: open.id, pending_referral_id: open.id })
      .where('id', '=', conversation.id)
      .execute();

    const results = await submitTogether(batcher, [
      fromAgent(conversation.id, 'halo dari toko'),
      fromShopper(conversation, 'dari iklan'),
      fromShopper(conversation, 'lagi'),
    ]);
    const carrier = stored(results[1]);
    const after = await db
      .selectFrom('link_opens')
      .select('message_id')
      .where('id', '=', open.id)
      .executeTakeFirstOrThrow();
    expect(after.message_id).toBe(carrier.row.id);
    const row = await db
      .selectFrom('conversations')
      .select(['pending_referral_id', 'current_referral_id'])
      .where('id', '=', conversation.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ pending_referral_id: null, current_referral_id: open.id });
  });
});

// Lanes exist for PostgreSQL, whose pool commits transactions side by side (PGlite has one
// connection, where a held batch holds everything), so these run where PostgreSQL is tested.
describe.each(storeKinds().filter((kind) => kind === 'postgres'))(
  'the message batcher with several lanes (%s)',
  (kind) => {
    let store: Store;
    let db: Kysely<Database>;
    let businessId: string;

    beforeAll(async () => {
      store = await createTestStore(kind);
      await seedTestStore(store);
      db = store.db;
      businessId = await demoBusinessId(store);
    });

    afterAll(() => store.close());

    const newConversation = () => newConversationOf(db, businessId);
    const textsOf = async (conversationId: string) =>
      (
        await db
          .selectFrom('messages')
          .select(['seq', 'text'])
          .where('conversation_id', '=', conversationId)
          .orderBy('seq')
          .execute()
      ).map((row) => [row.seq, row.text]);

    /**
     * Another transaction locks a conversation's row, as a cart being sent there would: a batch
     * over it stays open until `release`.
     */
    const lockConversation = async (conversationId: string) => {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked = () => {};
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const done = db.transaction().execute(async (trx) => {
        await sql`select 1 from conversations where id = ${conversationId} for update`.execute(trx);
        locked();
        await released;
      });
      await isLocked;
      return { release, done };
    };

    /** Resolves once a batch waits for a row lock. */
    const batchWaitingForLock = async () => {
      for (let attempt = 0; attempt < 500; attempt += 1) {
        const { rows } = await sql<{ waiting: number }>`
          select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'
            and query like '%store_message_batch%'
        `.execute(db);
        if ((rows[0]?.waiting ?? 0) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('no batch ever waited for the lock');
    };

    /** Fails after `ms`, so a batch that never commits fails the test instead of hanging it. */
    const settledWithin = (ms: number, what: string) =>
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${what} was still waiting after ${ms} ms`)), ms),
      );

    test('a batch over other conversations commits while one is still open; a conversation in the open batch waits for it', async () => {
      const batcher = new MessageBatcher(db, { lanes: 2 });
      const [a, b, c] = [await newConversation(), await newConversation(), await newConversation()];
      const lock = await lockConversation(b.id);
      const first = [batcher.submit(fromShopper(a, 'a1')), batcher.submit(fromShopper(b, 'b1'))];
      try {
        await batchWaitingForLock();
        const a2 = batcher.submit(fromShopper(a, 'a2'));
        const c1 = batcher.submit(fromShopper(c, 'c1'));
        // c1 commits in the second lane while the first batch is open; a2 waits for it.
        const otherLane = await Promise.race([c1, settledWithin(5_000, 'c1')]);
        expect(otherLane.stored && otherLane.row.seq).toBe(1);
        const stillWaiting = new Promise((resolve) => setTimeout(resolve, 100, 'still waiting'));
        expect(await Promise.race([a2.then(() => 'settled'), stillWaiting])).toBe('still waiting');
        lock.release();
        await Promise.all([...first, a2, lock.done]);
      } finally {
        lock.release();
      }
      expect(await textsOf(a.id)).toEqual([
        [1, 'a1'],
        [2, 'a2'],
      ]);
      expect(await textsOf(b.id)).toEqual([[1, 'b1']]);
    });

    test('when the open batch falls back to one message at a time, its conversation’s next message still comes after', async () => {
      const batcher = new MessageBatcher(db, { lanes: 2 });
      const [a, b] = [await newConversation(), await newConversation()];
      const lock = await lockConversation(b.id);
      const first = [
        batcher.submit(fromShopper(a, 'a1')),
        // The agent does not exist: the store rejects the batch, which is retried one by one.
        batcher.submit({
          conversationId: a.id,
          clientId: randomUUID(),
          sender: 'business',
          agentId: randomUUID(),
          agentName: 'Gone',
          kind: 'text',
          text: 'dari agen yang dihapus',
          author: { businessId },
        }),
        batcher.submit(fromShopper(b, 'b1')),
      ];
      let results: Array<PromiseSettledResult<BatchOutcome>>;
      try {
        await batchWaitingForLock();
        const a2 = batcher.submit(fromShopper(a, 'a2'));
        await new Promise((resolve) => setTimeout(resolve, 50));
        lock.release();
        results = await Promise.allSettled([...first, a2]);
        await lock.done;
      } finally {
        lock.release();
      }
      expect(results.map((result) => result.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      expect(await textsOf(a.id)).toEqual([
        [1, 'a1'],
        [2, 'a2'],
      ]);
    });

    test('many conversations over four lanes: every message stored once, numbered in the order it arrived', async () => {
      const batcher = new MessageBatcher(db, { lanes: 4, maxBatch: 16 });
      const conversations = await Promise.all(Array.from({ length: 12 }, newConversation));
      const sends: Array<Promise<BatchOutcome>> = [];
      for (let round = 0; round < 30; round += 1) {
        for (const [index, conversation] of conversations.entries()) {
          if ((round + index) % 3 !== 0)
            sends.push(batcher.submit(fromShopper(conversation, `${round}`)));
        }
        // Spread the sends over ticks, so batches start while others commit.
        if (round % 2 === 1) await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(sends);
      for (const [index, conversation] of conversations.entries()) {
        const expected = Array.from({ length: 30 }, (_, round) => round)
          .filter((round) => (round + index) % 3 !== 0)
          .map((round, position) => [position + 1, `${round}`]);
        expect(await textsOf(conversation.id)).toEqual(expected);
      }
    });
  },
);

describe.each(storeKinds())('messages sent at once over sockets (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);

  /** Resolves once every conversation's inbox row shows `done`; keeps the latest row of each. */
  const inboxRows = (
    agent: TestSocket,
    done: (rows: Map<string, ConversationSummary>) => boolean,
  ): Promise<Map<string, ConversationSummary>> =>
    new Promise((resolve, reject) => {
      const rows = new Map<string, ConversationSummary>();
      const timer = setTimeout(() => reject(new Error('inbox rows never settled')), 10_000);
      agent.on('conversation:updated', ({ conversation }) => {
        rows.set(conversation.id, conversation);
        if (!done(rows)) return;
        clearTimeout(timer);
        resolve(rows);
      });
    });

  test('every shopper writing at once is acked in order, and the inbox ends with each conversation’s last message and unread count', async () => {
    const agent = await harness.agent();
    const shoppers = await Promise.all([1, 2, 3, 4, 5].map(() => harness.shopper()));
    const opened = await Promise.all(
      shoppers.map((shopper) => request(shopper, 'conversation:open', { businessSlug: 'demo' })),
    );
    const plans = opened.map(({ conversation }) => ({
      conversationId: conversation.id,
      firstSeq: conversation.lastSeq + 1,
      sends: ['satu', 'dua', 'tiga'].map((text) => ({ clientId: randomUUID(), text })),
    }));
    const settled = inboxRows(agent, (rows) =>
      plans.every(
        (plan) => rows.get(plan.conversationId)?.lastMessage?.clientId === plan.sends[2]?.clientId,
      ),
    );

    // Every send emitted before any ack is awaited, so the server gets them in the same moments.
    const acks = plans.flatMap((plan, index) =>
      plan.sends.map((send) =>
        request(shoppers[index] as TestSocket, 'message:send', {
          conversationId: plan.conversationId,
          ...send,
        }),
      ),
    );
    const messages = (await Promise.all(acks)).map(({ message }) => message);

    plans.forEach((plan, index) => {
      const own = messages.slice(index * 3, index * 3 + 3);
      expect(own.map((message) => [message.seq, message.text])).toEqual([
        [plan.firstSeq, 'satu'],
        [plan.firstSeq + 1, 'dua'],
        [plan.firstSeq + 2, 'tiga'],
      ]);
    });
    const rows = await settled;
    for (const plan of plans) {
      expect(rows.get(plan.conversationId)).toMatchObject({
        lastSeq: plan.firstSeq + 2,
        unreadCount: 3,
        lastMessage: { clientId: plan.sends[2]?.clientId, text: 'tiga' },
      });
    }
  });
});
