// Fresh, migrated stores for tests: PGlite in memory always, and PostgreSQL when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { openStore, type Store } from '@/lib/store/connect';
import { migrateToLatest } from '@/lib/store/migrate';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';

export type StoreKind = 'pglite' | 'postgres';

/** The store kinds this run tests: PGlite always, PostgreSQL too where DATABASE_URL is set. */
export function storeKinds(): StoreKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

let template: Promise<Blob> | undefined;

/** initdb takes seconds; every test store starts from one migrated snapshot made per worker. */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const pglite = await PGlite.create('memory://');
    const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
    await migrateToLatest(db);
    const dump = await pglite.dumpDataDir('none');
    await db.destroy();
    return dump;
  })();
  return template;
}

export async function createTestStore(kind: StoreKind = 'pglite'): Promise<Store> {
  if (kind === 'pglite') {
    return openStore({ dataDir: 'memory://', loadDataDir: await migratedTemplate() });
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const { default: pg } = await import('pg');
  const name = `obrol_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    ...store,
    close: async () => {
      await store.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** The URL of a PostgreSQL test store's own database, for a server to be started on it. */
export async function databaseUrlOf(store: Store): Promise<string> {
  const { sql } = await import('kysely');
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(store.db);
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${rows[0]?.name ?? ''}`;
  return url.toString();
}
