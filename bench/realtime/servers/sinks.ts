// Baseline 2's store: one table, one INSERT per message, nothing else. The physical floor of a
// persisted chat on the same kind of store Obrol uses.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HOLD_CONNECTION, POOL_SIZE } from './fill-pool';

export interface RelayedMessage {
  conversationId: string;
  clientId: string;
  text: string;
}

export interface MessageSink {
  insert(message: RelayedMessage): Promise<void>;
  close(): Promise<void>;
}

const CREATE_TABLE = `
  create table if not exists messages (
    id bigint generated always as identity primary key,
    conversation_id uuid not null,
    client_id uuid not null unique,
    text text not null,
    created_at timestamptz not null default now()
  )`;

const INSERT = 'insert into messages (conversation_id, client_id, text) values ($1, $2, $3)';

export async function openPgliteSink(): Promise<MessageSink> {
  const { PGlite } = await import('@electric-sql/pglite');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'obrol-bench-sink-'));
  const db = await PGlite.create(path.join(dataDir, 'pglite'));
  await db.exec(CREATE_TABLE);
  return {
    insert: async (message) => {
      await db.query(INSERT, [message.conversationId, message.clientId, message.text]);
    },
    close: async () => {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openPostgresSink(databaseUrl: string): Promise<MessageSink> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  await pool.query(CREATE_TABLE);
  await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.query(HOLD_CONNECTION)));
  return {
    insert: async (message) => {
      await pool.query(INSERT, [message.conversationId, message.clientId, message.text]);
    },
    close: () => pool.end(),
  };
}
