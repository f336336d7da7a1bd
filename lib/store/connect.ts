// Opens the one store of this process: PGlite in a data directory, or PostgreSQL when a URL is given.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export interface StoreOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; `memory://` keeps everything in memory (tests). */
  dataDir?: string;
  /** A PGlite data directory dump to start from, so tests skip initdb. */
  loadDataDir?: Blob;
}

export interface Store {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? './data', options.loadDataDir);
  await migrateToLatest(store.db as Kysely<unknown>);
  return store;
}

async function openPostgres(connectionString: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client whose server went away (a restart, a failover) emits 'error' on the pool; left
  // unhandled that would end the process. The pool drops that client and opens a new one on demand.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Store> {
  const { PGlite } = await import('@electric-sql/pglite');
  const location = dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir, 'pglite');
  if (!location.startsWith('memory://')) await mkdir(location, { recursive: true });
  const pglite = await PGlite.create(location, loadDataDir ? { loadDataDir } : {});
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
