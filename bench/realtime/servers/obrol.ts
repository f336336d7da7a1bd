// Target a/b: Obrol's real realtime server (createRealtime, as server.ts wires it, without Next)
// over a seeded store, with an agent signed in the real way.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { signInAgent } from '../../../lib/identity/agent-auth';
import { AGENT_COOKIE, signToken } from '../../../lib/identity/cookies';
import { createRealtime } from '../../../lib/realtime/create-realtime';
import { openStore, type Store } from '../../../lib/store/connect';
import { demoBusiness } from '../../../lib/store/seed/demo-business';
import { seedDemo } from '../../../lib/store/seed/seed';
import { BENCH_SECRET } from '../secret';
import { fillPool } from './fill-pool';
import { createBareHttpServer, listenOnLoopback, type RunningServer } from './http';
import { StatementCounter } from './statement-counter';

const OWNER = { email: 'owner@bench.local', password: 'bench owner password' };
const ERRORS_PRINTED = 5;

export async function startObrol(databaseUrl: string | undefined): Promise<RunningServer> {
  // PGlite goes into a fresh temporary directory, as OBROL_DATA_DIR would be in production.
  const dataDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), 'obrol-bench-'));
  const store: Store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: dataDir ?? '' });
  await seedDemo(store.db, OWNER);
  if (databaseUrl) await fillPool(store.db);
  const { token } = await signInAgent(store.db, OWNER.email, OWNER.password);

  let loggedErrors = 0;
  const statements = new StatementCounter();
  const httpServer = createBareHttpServer();
  const io = createRealtime(httpServer, {
    db: store.db.withPlugin(statements),
    secret: BENCH_SECRET,
    allowedOrigins: [],
    log: (message, error) => {
      loggedErrors += 1;
      if (loggedErrors <= ERRORS_PRINTED) console.error(message, error);
    },
  });
  const url = await listenOnLoopback(httpServer);
  return {
    url,
    agentCookie: `${AGENT_COOKIE}=${encodeURIComponent(signToken(token, BENCH_SECRET))}`,
    businessSlug: demoBusiness.slug,
    loggedErrors: () => loggedErrors,
    statements: () => statements.count,
    close: async () => {
      await io.close(); // closes the http server too
      await store.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
