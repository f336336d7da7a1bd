// Target a/b: Obrol's production server as server.ts wires it (Next's production handler and
// createRealtime on one http server; the build must exist, bench/run.ts makes sure) over a seeded
// store, with an agent signed in the real way.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAppHttpServer } from '../../../lib/http/app-server';
import { signInAgent } from '../../../lib/identity/agent-auth';
import { AGENT_COOKIE, signToken } from '../../../lib/identity/cookies';
import { createRealtime } from '../../../lib/realtime/create-realtime';
import { setRuntime } from '../../../lib/runtime';
import { openStore, type Store } from '../../../lib/store/connect';
import { demoBusiness } from '../../../lib/store/seed/demo-business';
import { seedDemo } from '../../../lib/store/seed/seed';
import { BENCH_SECRET } from '../secret';
import { fillPool } from './fill-pool';
import { listenOnLoopback, type RunningServer } from './http';
import { StatementCounter } from './statement-counter';

/** The project folder, whose .next build the server serves. */
const PROJECT_DIR = path.resolve(__dirname, '../../..');
const OWNER = { email: 'owner@bench.local', password: 'bench owner password' };
const ERRORS_PRINTED = 5;

export async function startObrol(databaseUrl: string | undefined): Promise<RunningServer> {
  // PGlite goes into a fresh temporary directory, as OBROL_DATA_DIR would be in production.
  const dataDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), 'obrol-bench-'));
  const statements = new StatementCounter();
  const store: Store = await openStore({
    ...(databaseUrl ? { databaseUrl } : { dataDir: dataDir ?? '' }),
    onStatement: statements.onStatement,
  });
  await seedDemo(store.db, OWNER);
  if (databaseUrl) await fillPool(store.db);
  const { token } = await signInAgent(store.db, OWNER.email, OWNER.password);

  let loggedErrors = 0;
  const { server: httpServer, closeNext } = await createAppHttpServer({
    dev: false,
    dir: PROJECT_DIR,
    secret: BENCH_SECRET,
    trustProxy: false,
  });
  const io = createRealtime(httpServer, {
    db: store.db,
    secret: BENCH_SECRET,
    allowedOrigins: [],
    log: (message, error) => {
      loggedErrors += 1;
      if (loggedErrors <= ERRORS_PRINTED) console.error(message, error);
    },
  });
  setRuntime({ store, io, secret: BENCH_SECRET });
  const url = await listenOnLoopback(httpServer);
  return {
    url,
    agentCookie: `${AGENT_COOKIE}=${encodeURIComponent(signToken(token, BENCH_SECRET))}`,
    businessSlug: demoBusiness.slug,
    loggedErrors: () => loggedErrors,
    statements: () => statements.count,
    close: async () => {
      await io.close(); // closes the http server too
      await closeNext();
      await store.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
