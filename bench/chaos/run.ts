// `npm run bench:chaos`: issue 7's chaos run at full size (20 shoppers, 5,000 messages, drops every
// 2 to 10 s, two SIGKILL restarts) against the production build with PGlite. Prints the table,
// writes JSON to bench/results/ (with DATABASE_URL set, against PostgreSQL), and exits 1 if anything acked was lost, duplicated or reordered.
// Hold the build lock around it: flock /tmp/obrol/build.lock npm run bench:chaos
import os from 'node:os';
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import buildIfNeeded from '../../tests/support/global-setup';
import { createScratchDatabase } from '../realtime/postgres';
import { describeMachine } from '../realtime/report';
import { formatChaos, runChaos, type ChaosOptions, type ChaosResult } from './driver';

const positiveInt = z.coerce.number().int().positive();
const environment = z.object({
  CHAOS_SHOPPERS: positiveInt.max(500).optional(),
  CHAOS_MESSAGES: positiveInt.max(100_000).optional(),
  CHAOS_RESTARTS: z.coerce.number().int().min(0).max(10).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional())
    .optional(),
});

/** Past this the run is stuck, not slow: it fails instead of hanging. */
const TIME_LIMIT_MS = 15 * 60_000;

function parseOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
): ChaosOptions & { adminUrl: string | undefined } {
  const unknown = argv.filter((arg) => arg !== '--quick');
  if (unknown.length > 0) throw new Error(`Unknown arguments: ${unknown.join(' ')} (only --quick)`);
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid chaos settings:\n${lines.join('\n')}`);
  }
  // --quick is the size `npm test` runs.
  const quick = argv.includes('--quick');
  return {
    shoppers: parsed.data.CHAOS_SHOPPERS ?? (quick ? 5 : 20),
    messages: parsed.data.CHAOS_MESSAGES ?? (quick ? 500 : 5_000),
    restarts: parsed.data.CHAOS_RESTARTS ?? (quick ? 1 : 2),
    dropEveryMs: quick ? [300, 1_500] : [2_000, 10_000],
    ackTimeoutMs: 5_000,
    timeLimitMs: TIME_LIMIT_MS,
    log: (line) => process.stderr.write(`${line}\n`),
    adminUrl: parsed.data.DATABASE_URL,
  };
}

function passed(result: ChaosResult): boolean {
  return (
    result.errors.length === 0 &&
    result.acked === result.sent &&
    result.stored === result.acked &&
    result.duplicates + result.agentDuplicates + result.lost === 0 &&
    result.gaps + result.outOfOrder + result.agentMissing === 0
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  buildIfNeeded();
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const { shoppers, messages, restarts, dropEveryMs, adminUrl } = options;
  const store = adminUrl ? 'postgres' : 'pglite';
  process.stderr.write(
    `Chaos (${store}): ${shoppers} shoppers, ${messages} messages, drops every ${dropEveryMs.join('–')} ms, ${restarts} SIGKILL restarts…\n`,
  );
  // With DATABASE_URL, the run gets a database of its own, dropped afterwards.
  const scratch = adminUrl ? await createScratchDatabase(adminUrl) : undefined;
  const result = await runChaos({ ...options, databaseUrl: scratch?.url }).finally(() =>
    scratch?.drop(),
  );
  const ok = passed(result);
  console.log(formatChaos(result));
  console.log(`\n${ok ? 'PASS' : 'FAIL'}${result.errors.map((error) => `\n  ${error}`).join('')}`);
  const report = {
    kind: 'chaos',
    startedAt,
    machine: describeMachine(loadAtStart),
    options: { store, shoppers, messages, restarts, dropEveryMs },
    result,
    pass: ok,
  };
  const directory = path.join(__dirname, '..', 'results');
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `chaos-${startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
