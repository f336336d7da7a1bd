// `npm run bench`: the realtime benchmark (Obrol and its baselines, one after another in this run,
// each with its server and its load generator in separate child processes on 127.0.0.1), then the
// front-end budget beside a minimal Next.js page.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { measureJsBudget, type JsBudgetResult } from './frontend/js-budget';
import { parseOptions } from './realtime/options';
import { computeRatios } from './realtime/ratios';
import { describeMachine, formatReport, writeReport, type Report } from './realtime/report';
import { runTarget } from './realtime/run-target';
import type { TargetResult } from './realtime/target-result';
import { listTargets } from './realtime/targets';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const targets = listTargets(Boolean(options.databaseUrl), options.only);
  const startedAt = new Date().toISOString();
  const began = performance.now();
  const loadAtStart = os.loadavg()[0] ?? 0;
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
  let frontend: JsBudgetResult | { failure: string };
  process.stderr.write('Front-end JS budget… ');
  try {
    frontend = await measureJsBudget(process.cwd());
    process.stderr.write('done\n');
  } catch (error) {
    frontend = { failure: error instanceof Error ? error.message : String(error) };
    process.stderr.write(`FAILED\n${frontend.failure}\n`);
  }
  const report: Report & { frontend: typeof frontend } = {
    startedAt,
    wallSeconds: (performance.now() - began) / 1_000,
    machine: describeMachine(loadAtStart),
    options: { ...options, databaseUrl: options.databaseUrl && redact(options.databaseUrl) },
    results,
    ratios: computeRatios(targets, results),
    frontend,
  };
  console.log(formatReport(report));
  console.log(`\n${formatJsBudget(frontend)}`);
  const file = await writeReport(report, path.join(__dirname, 'results'));
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
  if (results.some((result) => !result.ok) || 'failure' in frontend) process.exitCode = 1;
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
