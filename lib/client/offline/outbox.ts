// The outbox: sends kept on the device until the server acks them, delivered one at a time in the
// order made. Entries are removed only after an ok ack, so a reload or a closed app loses nothing;
// the server stores a repeated client id once (PROTOCOL.md §7.2), so an interrupted flush is safe
// to run again.
import type { OfflineDatabase } from './db';
import {
  permanentFailure,
  type OutboxEntry,
  type OutboxOperation,
  type SendFailure,
} from './outbox-entry';

export type FlushOutcome = 'done' | 'stopped';

export interface FlushHooks<R> {
  /** Called once per entry, after it was removed from the outbox. */
  delivered(entry: OutboxEntry, result: R): void;
  failed(entry: OutboxEntry, failure: SendFailure): void;
}

export class Outbox {
  constructor(
    private readonly db: OfflineDatabase,
    readonly businessSlug: string,
  ) {}

  /** Queued and failed entries of this business, oldest first. */
  async list(): Promise<OutboxEntry[]> {
    const entries = await this.db.getAllFromIndex('outbox', 'by-business', this.businessSlug);
    return entries.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  }

  async enqueue(id: string, operation: OutboxOperation): Promise<OutboxEntry> {
    const entry: OutboxEntry = {
      id,
      businessSlug: this.businessSlug,
      createdAt: new Date().toISOString(),
      status: 'queued',
      operation,
    };
    const position = await this.db.add('outbox', entry);
    return { ...entry, position };
  }

  /** Changes one entry in place (keeping its place in line); false when it is gone. */
  async change(id: string, edit: (entry: OutboxEntry) => OutboxEntry): Promise<boolean> {
    const tx = this.db.transaction('outbox', 'readwrite');
    const key = await tx.store.index('by-id').getKey(id);
    const entry = key === undefined ? undefined : await tx.store.get(key);
    if (entry) await tx.store.put(edit(entry));
    await tx.done;
    return entry !== undefined;
  }

  /** Queues a failed entry again, optionally changed (a cart sent again with new versions). */
  requeue(id: string, edit?: (operation: OutboxOperation) => OutboxOperation): Promise<boolean> {
    return this.change(id, ({ failure: _failure, ...entry }) => ({
      ...entry,
      status: 'queued',
      operation: edit ? edit(entry.operation) : entry.operation,
    }));
  }

  /** Deletes an entry; true only for the call that actually deleted it. */
  async remove(id: string): Promise<boolean> {
    const tx = this.db.transaction('outbox', 'readwrite');
    const key = await tx.store.index('by-id').getKey(id);
    if (key !== undefined) await tx.store.delete(key);
    await tx.done;
    return key !== undefined;
  }

  /**
   * Sends the queued entries one by one, oldest first. A retryable failure (no connection, no ack
   * in time) leaves the entry queued and stops until the next flush; a permanent one marks the
   * entry failed, for the shopper to retry or delete, and goes on with the next.
   */
  flush<R>(send: (entry: OutboxEntry) => Promise<R>, hooks: FlushHooks<R>): Promise<FlushOutcome> {
    return withFlushLock(`obrol-outbox:${this.businessSlug}`, async () => {
      const given = new Set<string>();
      for (;;) {
        // Read afresh each time: another tab or a Delete may have changed the outbox meanwhile.
        const next = (await this.list()).find(
          (entry) => entry.status === 'queued' && !given.has(entry.id),
        );
        if (!next) return 'done';
        given.add(next.id);
        let result: R;
        try {
          result = await send(next);
        } catch (error) {
          const failure = permanentFailure(error);
          if (!failure) return 'stopped';
          if (await this.change(next.id, (entry) => ({ ...entry, status: 'failed', failure })))
            hooks.failed({ ...next, status: 'failed', failure }, failure);
          continue;
        }
        if (await this.remove(next.id)) hooks.delivered(next, result);
      }
    });
  }
}

const localLocks = new Map<string, Promise<unknown>>();

/**
 * One flush per business at a time, across tabs where the Web Locks API exists (so two tabs do not
 * send the same entry twice) and within this page otherwise.
 */
function withFlushLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return locks.request(name, run) as Promise<T>;
  const before = localLocks.get(name) ?? Promise.resolve();
  const mine = before.then(run, run);
  localLocks.set(
    name,
    mine.catch(() => undefined),
  );
  return mine;
}
