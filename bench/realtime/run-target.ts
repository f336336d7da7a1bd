// Runs one target: its server in one child process, the load in another, and samples the server's
// memory and CPU around the measured window.
import { performance } from 'node:perf_hooks';
import { ChildLink } from './child';
import { ProcessGroupCpu, readCpuMs } from './proc-cpu';
import type { FromLoad, FromServer, ServerSample, ToLoad, ToServer } from './ipc';
import type { BenchOptions } from './options';
import { createScratchDatabase, type ScratchDatabase } from './postgres';
import type { Target } from './targets';
import { failed, summarizeRun, type TargetResult } from './target-result';

const START_TIMEOUT_MS = 120_000;
const CONNECT_TIMEOUT_MS = 120_000;
const SAMPLE_TIMEOUT_MS = 10_000;
/** After the drain a saturated PGlite server may still be working off its backlog. */
const FINAL_SAMPLE_TIMEOUT_MS = 60_000;
export const SLACK_MS = 15_000;

/** A target's server and load client, connected and ready for traffic. */
export interface Session {
  server: ChildLink<ToServer, FromServer>;
  load: ChildLink<ToLoad, FromLoad>;
  database: ScratchDatabase | undefined;
  idle: ServerSample;
  connected: ServerSample;
  connectMs: number;
  sample(collectGarbage: boolean, timeoutMs?: number): Promise<ServerSample>;
}

/**
 * Starts the target's server (on a scratch database for PostgreSQL) and the load client, and
 * connects the shoppers. `drive` runs the traffic; everything is stopped and dropped afterwards.
 */
export async function withSession<T>(
  target: Target,
  options: BenchOptions,
  lifetimeMs: number,
  drive: (session: Session) => Promise<T>,
): Promise<T> {
  let database: ScratchDatabase | undefined;
  let server: ChildLink<ToServer, FromServer> | undefined;
  let load: ChildLink<ToLoad, FromLoad> | undefined;
  try {
    if (target.store === 'postgres') {
      if (!options.databaseUrl) throw new Error('DATABASE_URL is not set');
      database = await createScratchDatabase(options.databaseUrl);
    }
    server = new ChildLink('server', 'server-process.ts');
    server.send({
      type: 'start',
      spec: {
        kind: target.kind,
        store: target.store,
        ...(database && { databaseUrl: database.url }),
        lifetimeMs,
      },
    });
    const ready = await server.next('ready', START_TIMEOUT_MS);
    const running = server;
    const sample = async (collectGarbage: boolean, timeoutMs = SAMPLE_TIMEOUT_MS) => {
      // Each sample starts a new event-loop delay period, so the last one covers the traffic.
      running.send({ type: 'sample', collectGarbage, resetLoopDelay: true });
      const answer: ServerSample = await running.next('sample', timeoutMs);
      return answer;
    };
    const idle = await sample(true);

    load = new ChildLink('load', 'load-process.ts');
    load.send({
      type: 'start',
      config: {
        url: ready.url,
        flavor: target.flavor,
        shoppers: options.shoppers,
        agentCookie: ready.agentCookie,
        businessSlug: ready.businessSlug,
        ackTimeoutMs: options.ackTimeoutMs,
        lifetimeMs,
      },
    });
    const { connectMs } = await load.next('connected', CONNECT_TIMEOUT_MS);
    const connected = await sample(true);
    return await drive({ server, load, database, idle, connected, connectMs, sample });
  } finally {
    await load?.stop(5_000, { type: 'stop' });
    await server?.stop(20_000, { type: 'stop' });
    await database?.drop().catch((error: unknown) => console.error('could not drop', error));
  }
}

/** How long a child may live: start-up, connecting and the traffic, with slack. */
export function lifetimeFor(trafficMs: number): number {
  return START_TIMEOUT_MS + CONNECT_TIMEOUT_MS + trafficMs + SLACK_MS;
}

export async function runTarget(target: Target, options: BenchOptions): Promise<TargetResult> {
  const began = performance.now();
  const lifetimeMs = lifetimeFor(options.warmupMs + options.durationMs + options.drainMs);
  const base = { id: target.id, label: target.label, shoppers: options.shoppers };
  try {
    return await withSession(target, options, lifetimeMs, async (session) => {
      const { server, load, database, idle, connected, sample } = session;
      load.send({
        type: 'go',
        phase: {
          ratePerShopper: 1,
          warmupMs: options.warmupMs,
          durationMs: options.durationMs,
          drainMs: options.drainMs,
        },
      });
      await load.next('window-start', options.warmupMs + SLACK_MS);
      const cpuAtStart = readCpuMs(server.pid);
      // PostgreSQL's work happens in its own backend processes: counted apart, as the database's.
      const databaseCpu = database && new ProcessGroupCpu(database.name);
      databaseCpu?.start();
      await load.next('window-end', options.durationMs + SLACK_MS);
      const cpuAtEnd = readCpuMs(server.pid);
      const databaseCpuMs = databaseCpu?.stop();
      const { result } = await load.next('result', options.drainMs + SLACK_MS);
      const final = await sample(false, FINAL_SAMPLE_TIMEOUT_MS);
      const cpuMs = cpuAtStart === null || cpuAtEnd === null ? null : cpuAtEnd - cpuAtStart;
      return {
        ...base,
        ...summarizeRun(result, options),
        memory: {
          idleRssBytes: idle.rssBytes,
          connectedRssBytes: connected.rssBytes,
          rssPerConnectionBytes: (connected.rssBytes - idle.rssBytes) / options.shoppers,
          heapPerConnectionBytes: (connected.heapUsedBytes - idle.heapUsedBytes) / options.shoppers,
          heapTotalGrowthBytes: connected.heapTotalBytes - idle.heapTotalBytes,
        },
        serverCpu:
          cpuMs === null
            ? null
            : {
                msPerAckedMessage: cpuMs / Math.max(1, result.ackedInWindow),
                shareOfOneCore: cpuMs / options.durationMs,
              },
        databaseCpu:
          databaseCpuMs === undefined
            ? null
            : {
                msPerAckedMessage: databaseCpuMs / Math.max(1, result.ackedInWindow),
                shareOfOneCore: databaseCpuMs / options.durationMs,
              },
        serverLoopDelayMs: final.loopDelayMs,
        // Over the whole traffic rather than the window: asking a saturated server mid-run is late.
        statementsPerAckedMessage:
          final.statements === null || connected.statements === null
            ? null
            : (final.statements - connected.statements) / Math.max(1, result.ackedTotal),
        errors: result.rejected + result.disconnects + (final.loggedErrors - idle.loggedErrors),
        wallMs: performance.now() - began,
      };
    });
  } catch (error) {
    return failed(base, options, error, performance.now() - began);
  }
}
