// A fresh PostgreSQL database per target, dropped afterwards, as tests/support/store.ts does.
import { randomBytes } from 'node:crypto';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function runAdmin(adminUrl: string, statement: string): Promise<void> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `obrol_bench_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // With (force): a server under test that was killed may still hold connections.
    drop: () => runAdmin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
