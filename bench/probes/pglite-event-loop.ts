// Probe: do queued PGlite queries let the event loop turn? Queues N statements on Obrol's own store
// (openStore: Kysely over kysely-pglite-dialect, file-backed PGlite) and counts how often a 5 ms
// timer managed to fire while they ran. Run: npx tsx bench/probes/pglite-event-loop.ts [N]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openStore } from '../../lib/store/connect';

const TICK_MS = 5;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'obrol-probe-'));
  const store = await openStore({ dataDir });
  try {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), TICK_MS);
    const began = performance.now();
    await Promise.all(Array.from({ length: count }, () => sql`select 1`.execute(store.db)));
    const elapsedMs = performance.now() - began;
    clearInterval(timer);
    console.log(
      JSON.stringify({
        statements: count,
        elapsedMs: Math.round(elapsedMs),
        msPerStatement: Number((elapsedMs / count).toFixed(3)),
        timerTicks: ticks,
        ticksIfTheLoopHadTurned: Math.floor(elapsedMs / TICK_MS),
      }),
    );
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
