// Child process entry: runs one server under test on 127.0.0.1 and answers the runner's samples.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FromServer, ServerSpec, ToServer } from './ipc';
import { startObrol } from './servers/obrol';
import type { RunningServer } from './servers/http';
import { startRelay } from './servers/relay';
import { openPgliteSink, openPostgresSink } from './servers/sinks';

/** Resolves once the message is handed over, so exiting right after it does not lose it. */
function reply(message: FromServer): Promise<void> {
  return new Promise((resolve) => {
    if (!process.connected || !process.send) return resolve();
    process.send(message, () => resolve());
  });
}

async function start(spec: ServerSpec): Promise<RunningServer> {
  if (spec.store === 'postgres' && !spec.databaseUrl) throw new Error('postgres needs a URL');
  const databaseUrl = spec.store === 'postgres' ? spec.databaseUrl : undefined;
  switch (spec.kind) {
    case 'obrol':
      return startObrol(databaseUrl);
    case 'relay':
      return startRelay(null);
    case 'relay-insert':
      return startRelay(databaseUrl ? await openPostgresSink(databaseUrl) : await openPgliteSink());
  }
}

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

async function sample(
  request: Extract<ToServer, { type: 'sample' }>,
  server: RunningServer,
): Promise<FromServer> {
  const { collectGarbage, resetLoopDelay } = request;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collectGarbage && gc) {
    // Passes with pauses between, so finalizers run and V8 hands freed pages back before RSS is read.
    for (let pass = 0; pass < 3; pass += 1) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const memory = process.memoryUsage();
  const delay = { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 };
  if (resetLoopDelay) loopDelay.reset();
  return {
    type: 'sample',
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    heapTotalBytes: memory.heapTotal,
    externalBytes: memory.external,
    loggedErrors: server.loggedErrors(),
    statements: server.statements(),
    loopDelayMs: delay,
  };
}

let starting: Promise<RunningServer | undefined> = Promise.resolve(undefined);
let server: RunningServer | undefined;
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // A stop during start-up still waits for it, so a temporary data directory is not left behind.
  const running = await starting;
  await running?.close().catch((error: unknown) => console.error('close failed', error));
  await reply({ type: 'stopped' });
  process.exit(code);
}

process.on('message', (raw) => {
  const message = raw as ToServer;
  if (message.type === 'start') {
    // Bounded whatever happens to the runner.
    setTimeout(() => void stop(2), message.spec.lifetimeMs).unref();
    starting = start(message.spec).then(
      (running) => {
        server = running;
        void reply({
          type: 'ready',
          url: running.url,
          agentCookie: running.agentCookie,
          businessSlug: running.businessSlug,
        });
        return running;
      },
      async (error: unknown) => {
        const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
        await reply({ type: 'failed', message: text });
        void stop(1);
        return undefined;
      },
    );
  } else if (message.type === 'sample' && server) {
    void sample(message, server).then(reply);
  } else if (message.type === 'stop') {
    void stop(0);
  }
});

// The runner went away: nothing will ever stop us otherwise.
process.on('disconnect', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
