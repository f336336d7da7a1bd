// The chaos run, shared by the integration test (small) and `npm run bench:chaos` (full): shoppers
// send to the demo business while their connections drop at random and the real server process is
// killed with SIGKILL and restarted on the same data directory and port; then the store and the
// agent's view are checked (verify.ts).
import { performance } from 'node:perf_hooks';
import {
  makeDataDir,
  removeDataDir,
  signInOwner,
  startAppServer,
  type AppServer,
} from '../../tests/support/app-server';
import { shopperCookie } from '../../tests/support/clients';
import { followAsAgent } from './agent';
import { runShopper, type ShopperLog } from './shopper';
import { dropAtRandom, openSocket, type ChaosSocket } from './sockets';
import { readStore, verify, type ChaosCounts } from './verify';

export interface ChaosOptions {
  shoppers: number;
  messages: number;
  /** Each connection is dropped after a random pause in this range, again and again. */
  dropEveryMs: readonly [number, number];
  /** SIGKILLs of the server, spread evenly over the run (by acked messages). */
  restarts: number;
  ackTimeoutMs: number;
  /** A fresh PostgreSQL database for the server; PGlite in the data directory when absent. */
  databaseUrl?: string;
  /** Past this the run is stuck, not slow: it fails, and still kills its server. */
  timeLimitMs?: number;
  log?: (line: string) => void;
}

export interface ChaosResult extends ChaosCounts {
  drops: number;
  retries: number;
  restarts: number;
  /** How long each restart kept the server away, from SIGKILL to ready. */
  downtimeMs: number[];
  wallMs: number;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const log = options.log ?? (() => {});
  const began = performance.now();
  const dataDir = await makeDataDir();
  const sockets: ChaosSocket[] = [];
  const stopDrops: Array<() => void> = [];
  let server: AppServer | undefined;
  let deadline: NodeJS.Timeout | undefined;
  try {
    const store = options.databaseUrl ? { databaseUrl: options.databaseUrl } : {};
    server = await startAppServer({ dataDir, ...store });
    const { url } = server;
    const port = new URL(url).port;
    let drops = 0;
    let acked = 0;
    const watchDrops = (socket: ChaosSocket) => {
      sockets.push(socket);
      stopDrops.push(dropAtRandom(socket, options.dropEveryMs, () => (drops += 1)));
    };

    const agentSocket = openSocket(url, 'agent', await signInOwner(server));
    const agent = followAsAgent(agentSocket);
    watchDrops(agentSocket);

    const downtimeMs: number[] = [];
    const restartPoints = Array.from({ length: options.restarts }, (_, index) =>
      Math.floor((options.messages * (index + 1)) / (options.restarts + 1)),
    );
    let restarting = Promise.resolve();
    let failRun: (error: unknown) => void = () => {};
    const failed = new Promise<never>((_, reject) => (failRun = reject));
    failed.catch(() => {}); // raced below; a failure outside the races has nothing left to stop
    if (options.timeLimitMs) {
      const limit = options.timeLimitMs;
      deadline = setTimeout(() => failRun(new Error(`no result within ${limit / 1_000} s`)), limit);
    }
    const onAcked = () => {
      acked += 1;
      if (acked !== restartPoints[0]) return;
      restartPoints.shift();
      restarting = restarting
        .then(async () => {
          const killedAt = performance.now();
          await server?.kill();
          log(`SIGKILL after ${acked} acks`);
          server = await startAppServer({ dataDir, ...store, env: { PORT: port } });
          downtimeMs.push(performance.now() - killedAt);
          log(`restarted in ${(downtimeMs.at(-1) ?? 0).toFixed(0)} ms`);
        })
        .catch(failRun);
    };

    const shoppers: Array<Promise<ShopperLog>> = [];
    for (let index = 0; index < options.shoppers; index += 1) {
      const socket = openSocket(url, 'shopper', shopperCookie());
      watchDrops(socket);
      const count =
        Math.floor(options.messages / options.shoppers) +
        (index < options.messages % options.shoppers ? 1 : 0);
      shoppers.push(
        runShopper({
          socket,
          index,
          count,
          ackTimeoutMs: options.ackTimeoutMs,
          onOpened: (conversationId) => agent.follow(conversationId),
          onAcked,
        }),
      );
    }
    const logs = await Promise.race([Promise.all(shoppers), failed]);
    await restarting;
    for (const stop of stopDrops) stop();
    const view = await Promise.race([agent.finish(), failed]);
    clearTimeout(deadline);
    for (const socket of sockets) socket.close();
    await server.stop();
    server = undefined;

    const stored = await readStore(
      { dataDir, ...store },
      logs.map((shopper) => shopper.conversationId),
    );
    const attempts = logs.flatMap((shopper) => shopper.messages.map((m) => m.attempts));
    return {
      ...verify(logs, stored, view),
      drops,
      retries: attempts.reduce((sum, count) => sum + count - 1, 0),
      restarts: downtimeMs.length,
      downtimeMs,
      wallMs: performance.now() - began,
    };
  } finally {
    clearTimeout(deadline);
    for (const stop of stopDrops) stop();
    for (const socket of sockets) socket.close();
    await server?.kill();
    await removeDataDir(dataDir);
  }
}

export function formatChaos(result: ChaosResult): string {
  const rows: Array<[string, string | number]> = [
    ['sent', result.sent],
    ['acked', result.acked],
    ['stored', result.stored],
    ['duplicates', result.duplicates],
    ['lost', result.lost],
    ['seq gaps', result.gaps],
    ['out of order', result.outOfOrder],
    ['missing at the agent', result.agentMissing],
    ['duplicates at the agent', result.agentDuplicates],
    ['errors', result.errors.length],
    ['agent: live / in sync pages', `${result.agentLive} / ${result.agentBySync}`],
    ['connection drops', result.drops],
    ['retried sends', result.retries],
    ['SIGKILL restarts', result.restarts],
    ['downtime per restart (s)', result.downtimeMs.map((ms) => (ms / 1_000).toFixed(1)).join(', ')],
    ['wall time (s)', (result.wallMs / 1_000).toFixed(1)],
  ];
  return [
    '| Chaos | |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
  ].join('\n');
}
