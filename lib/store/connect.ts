// Opens the one store of this process: PGlite in a data directory, or PostgreSQL when a URL is given.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Kysely, PostgresDialect, type Dialect, type KyselyConfig } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { setUpMessageBatcher } from './message-batcher';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export interface StoreOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; `memory://` keeps everything in memory (tests). */
  dataDir?: string;
  /** A PGlite data directory dump to start from, so tests skip initdb. */
  loadDataDir?: Blob;
  /** Called with every statement's SQL after it ran (the benchmark counts them). */
  onStatement?: (sql: string) => void;
}

export interface Store {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options)
    : await openPglite(options.dataDir ?? './data', options);
  await migrateToLatest(store.db as Kysely<unknown>);
  // PostgreSQL commits several message batches side by side on its pool; PGlite's one connection
  // would only queue them.
  setUpMessageBatcher(store.db, { lanes: store.kind === 'postgres' ? POSTGRES_BATCH_LANES : 1 });
  return store;
}

/** Pool connections for PostgreSQL; the message batches take at most POSTGRES_BATCH_LANES. */
const POSTGRES_POOL_SIZE = 10;
const POSTGRES_BATCH_LANES = 4;

function kyselyConfig(dialect: Dialect, { onStatement }: StoreOptions): KyselyConfig {
  return {
    dialect,
    ...(onStatement && {
      log: (event) => {
        if (event.level === 'query') onStatement(event.query.sql);
      },
    }),
  };
}

async function openPostgres(connectionString: string, options: StoreOptions): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: POSTGRES_POOL_SIZE });
  // An idle client whose server went away (a restart, a failover) emits 'error' on the pool; left
  // unhandled that would end the process. The pool drops that client and opens a new one on demand.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  const db = new Kysely<Database>(kyselyConfig(new PostgresDialect({ pool }), options));
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openPglite(
  dataDir: string,
  { loadDataDir, ...options }: StoreOptions,
): Promise<Store> {
  const { PGlite } = await import('@electric-sql/pglite');
  const location = dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir, 'pglite');
  if (!location.startsWith('memory://')) await mkdir(location, { recursive: true });
  const pglite = await PGlite.create(location, loadDataDir ? { loadDataDir } : {});
  const db = new Kysely<Database>(kyselyConfig(new PGliteDialect(pglite), options));
  return { db, kind: 'pglite', close: () => db.destroy() };
}
