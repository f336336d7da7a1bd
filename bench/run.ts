// `npm run bench`: the realtime benchmark (Obrol and its baselines, one after another in this run,
// each with its server and its load generator in separate child processes on 127.0.0.1), the ramp
// to each one's highest sustained rate, then the front-end budget and Lighthouse scores beside a
// minimal Next.js page, then the cart path on the production server.
// `--only=realtime,ramp,js-budget,lighthouse,cart` runs some of them.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILD_COMMAND, needsBuild } from '../lib/build-check';
import { formatCartPath, measureCartPath, type CartPathResult } from './cart/cart-path';
import { measureJsBudget, type JsBudgetResult } from './frontend/js-budget';
import { formatLighthouse, measureLighthouse, type LighthouseResult } from './frontend/lighthouse';
import { startFrontendServers } from './frontend/servers';
import { parseOptions, type BenchPart } from './realtime/options';
import { computeRatios } from './realtime/ratios';
import { runRamp, stepDurationMs, type RampResult } from './realtime/ramp';
import { formatRamp } from './realtime/ramp-report';
import { describeMachine, formatReport, writeReport, type Report } from './realtime/report';
import { runTarget } from './realtime/run-target';
import type { TargetResult } from './realtime/target-result';
import { listTargets } from './realtime/targets';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const allTargets = listTargets(Boolean(options.databaseUrl), options.only);
  const targets = options.parts.includes('realtime') ? allTargets : [];
  const rampTargets = options.parts.includes('ramp') ? allTargets : [];
  const startedAt = new Date().toISOString();
  const began = performance.now();
  const loadAtStart = os.loadavg()[0] ?? 0;
  if ([...targets, ...rampTargets].some((target) => target.kind === 'obrol')) {
    buildIfNeeded(process.cwd());
  }
  const results: TargetResult[] = [];
  for (const target of targets) {
    process.stderr.write(`${target.label}… `);
    const result = await runTarget(target, options);
    process.stderr.write(
      result.ok
        ? `done in ${(result.wallMs / 1_000).toFixed(0)} s\n`
        : `FAILED\n${result.failure}\n`,
    );
    results.push(result);
  }
  const ramp: RampResult[] = [];
  for (const target of rampTargets) {
    process.stderr.write(`Ramp: ${target.label}… `);
    const result = await runRamp(target, options);
    process.stderr.write(
      result.ok
        ? `${result.maxSustainedPerSecond ?? 'none'} msg/s sustained, ${(result.wallMs / 1_000).toFixed(0)} s\n`
        : `FAILED\n${result.failure}\n`,
    );
    ramp.push(result);
  }
  const { frontend, lighthouse } = await runFrontend(options.parts);
  let cartPath: CartPathResult[] | { failure: string } | null = null;
  if (options.parts.includes('cart')) {
    cartPath = await attempt('Cart path', () => measureCartPath(options.databaseUrl));
  }
  const report: Report & {
    ramp: RampResult[];
    frontend: typeof frontend;
    lighthouse: typeof lighthouse;
    cartPath: typeof cartPath;
  } = {
    startedAt,
    wallSeconds: (performance.now() - began) / 1_000,
    machine: describeMachine(loadAtStart),
    options: { ...options, databaseUrl: options.databaseUrl && redact(options.databaseUrl) },
    results,
    ratios: computeRatios(targets, results),
    ramp,
    frontend,
    lighthouse,
    cartPath,
  };
  if (targets.length > 0) console.log(formatReport(report));
  if (ramp.length > 0) {
    const shape = { shoppers: options.shoppers, stepDurationMs: stepDurationMs(options) };
    console.log(`\n${formatRamp(rampTargets, ramp, shape)}`);
  }
  if (frontend) console.log(`\n${formatJsBudget(frontend)}`);
  if (lighthouse) console.log(`\n${formatLighthouse(lighthouse)}`);
  if (cartPath) console.log(`\n${formatCartPath(cartPath)}`);
  const file = await writeReport(report, path.join(__dirname, 'results'));
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
  const failedParts = [frontend, lighthouse, cartPath].some((part) => part && 'failure' in part);
  const failedRamp = ramp.some((result) => !result.ok);
  if (results.some((result) => !result.ok) || failedParts || failedRamp) process.exitCode = 1;
}

/**
 * Obrol's targets run the production server, which serves the .next build: like `npm start`, build
 * first when there is none or the sources are newer. Run the bench under the build lock.
 */
function buildIfNeeded(dir: string): void {
  if (!needsBuild(dir)) return;
  process.stderr.write('Building Obrol (no build yet or sources changed)…\n');
  const [command, ...args] = BUILD_COMMAND;
  // The build's output goes to stderr, so stdout keeps only the report.
  const build = spawnSync(command, args, { cwd: dir, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) throw new Error('next build failed');
}

type Outcome<T> = T | { failure: string };

async function attempt<T>(label: string, run: () => Promise<T>): Promise<Outcome<T>> {
  process.stderr.write(`${label}… `);
  try {
    const result = await run();
    process.stderr.write('done\n');
    return result;
  } catch (error) {
    const failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`FAILED\n${failure}\n`);
    return { failure };
  }
}

/** One build and one pair of servers (Obrol and the minimal page) for both front-end parts. */
async function runFrontend(parts: BenchPart[]): Promise<{
  frontend: Outcome<JsBudgetResult> | null;
  lighthouse: Outcome<LighthouseResult> | null;
}> {
  const wantBudget = parts.includes('js-budget');
  const wantLighthouse = parts.includes('lighthouse');
  if (!wantBudget && !wantLighthouse) return { frontend: null, lighthouse: null };
  const servers = await attempt('Front-end builds (Obrol and the minimal page)', () =>
    startFrontendServers(process.cwd()),
  );
  if ('failure' in servers) {
    return {
      frontend: wantBudget ? servers : null,
      lighthouse: wantLighthouse ? servers : null,
    };
  }
  try {
    return {
      frontend: wantBudget
        ? await attempt('Front-end JS budget', () => measureJsBudget(servers))
        : null,
      lighthouse: wantLighthouse
        ? await attempt('Lighthouse', () => measureLighthouse(servers))
        : null,
    };
  } finally {
    await servers.close();
  }
}

function formatJsBudget(result: JsBudgetResult | { failure: string }): string {
  if ('failure' in result) return `Front-end JS budget: FAILED (${result.failure})`;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return [
    'Front-end: JavaScript transferred on first load (compressed, as sent)',
    `  /c/demo               ${kib(result.obrolBytes)} in ${result.scripts.obrol} scripts`,
    `  minimal Next.js page  ${kib(result.minimalBytes)} in ${result.scripts.minimal} scripts`,
    `  ratio ${result.ratio.toFixed(2)} (target ≤ ${result.target}): ${result.pass ? 'PASS' : 'OVER BUDGET'}`,
  ].join('\n');
}

/** The URL's password never goes into a results file. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
