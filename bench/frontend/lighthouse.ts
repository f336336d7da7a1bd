// Lighthouse mobile scores (its default: a mid-range phone, simulated slow 4G) of Obrol's / and
// /c/demo beside the minimal Next.js page, the median of three runs each, in Debian's Chromium.
// Targets: performance at most 3 points below the minimal page; the other categories 100.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/support/chromium';
import type { FrontendServers } from './servers';

export const LIGHTHOUSE_RUNS = 3;
export const PERFORMANCE_MARGIN = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const CHROME_START_TIMEOUT_MS = 30_000;

export type Scores = Record<Category, number>;

/** The metrics behind the performance score, in ms (layout shift: unitless). */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
type Metric = (typeof METRICS)[number];
export type Metrics = Record<Metric, number>;

export interface PageScores {
  page: string;
  /** Median of the runs, 0–100, per category. */
  median: Scores;
  runs: Scores[];
  /** Median of the runs, per metric. */
  metrics: Metrics;
  /** The largest contentful paint's element and its phases (ms), from the last run. */
  largestPaint: { element: string | null; phases: Record<string, number> };
  /** Audits that scored below 1 in any run, outside performance; weight 0 ones do not count. */
  failedAudits: FailedAudit[];
}

export interface LighthouseResult {
  lighthouseVersion: string;
  pages: PageScores[];
  /** Performance points each Obrol page scores below the minimal page (negative: above). */
  performanceGap: Record<string, number>;
  pass: boolean;
}

export interface FailedAudit {
  id: string;
  title: string;
  category: Category;
  weight: number;
  /** The page's elements the audit names, as HTML snippets. */
  elements: string[];
}

interface ChromeProcess {
  port: number;
  stop(): Promise<void>;
}

/** A fresh Chromium with an empty profile per run, so no run inherits another's cache. */
async function startChrome(): Promise<ChromeProcess> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'obrol-lighthouse-'));
  const chrome: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless',
      ...CHROMIUM_ARGS,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => chrome.once('exit', () => resolve()));
  const stop = async () => {
    chrome.kill('SIGTERM');
    await exited;
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`Chromium did not start:\n${output}`)),
        CHROME_START_TIMEOUT_MS,
      );
      chrome.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      chrome.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited with ${code}:\n${output}`));
      });
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface AuditRef {
  id: string;
  weight: number;
}
interface RunOutcome {
  version: string;
  scores: Scores;
  metrics: Metrics;
  largestPaint: PageScores['largestPaint'];
  failed: FailedAudit[];
}

async function runOnce(url: string): Promise<RunOutcome> {
  // Lighthouse is an ES module only; tsx loads it through a dynamic import.
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await startChrome();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const scores = {} as Scores;
    const failed: FailedAudit[] = [];
    for (const category of CATEGORIES) {
      const entry = lhr.categories[category];
      scores[category] = Math.round((entry?.score ?? 0) * 100);
      if (category === 'performance') continue;
      for (const ref of (entry?.auditRefs ?? []) as AuditRef[]) {
        const audit = lhr.audits[ref.id];
        if (audit && audit.score !== null && audit.score < 1) {
          failed.push({
            id: ref.id,
            title: audit.title,
            category,
            weight: ref.weight,
            elements: snippets(audit.details),
          });
        }
      }
    }
    const metrics = Object.fromEntries(
      METRICS.map((metric) => [metric, lhr.audits[metric]?.numericValue ?? Number.NaN]),
    ) as Metrics;
    return {
      version: lhr.lighthouseVersion,
      scores,
      metrics,
      largestPaint: readLargestPaint(lhr.audits['largest-contentful-paint-element']?.details),
      failed,
    };
  } finally {
    await chrome.stop();
  }
}

/** The HTML snippets of the nodes in an audit's details table, where it has one. */
function snippets(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.flatMap((item) => {
    const node = (item as { node?: { snippet?: unknown } }).node;
    return typeof node?.snippet === 'string' ? [node.snippet] : [];
  });
}

/** The LCP element audit's details: a list of the element's table, then its phases' table. */
function readLargestPaint(details: unknown): PageScores['largestPaint'] {
  const tables = (details as { items?: { items?: unknown[] }[] } | undefined)?.items ?? [];
  const phases: Record<string, number> = {};
  for (const row of tables[1]?.items ?? []) {
    const { phase, timing } = row as { phase?: unknown; timing?: unknown };
    if (typeof phase === 'string' && typeof timing === 'number') phases[phase] = timing;
  }
  return { element: snippets(tables[0])[0] ?? null, phases };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function measureLighthouse(servers: FrontendServers): Promise<LighthouseResult> {
  const pages = [
    { page: 'Obrol /', url: `${servers.obrolUrl}/` },
    { page: 'Obrol /c/demo', url: `${servers.obrolUrl}/c/demo` },
    { page: 'minimal Next.js page', url: `${servers.minimalUrl}/` },
  ];
  const outcomes = new Map<string, RunOutcome[]>(pages.map(({ page }) => [page, []]));
  // Rounds go through every page in turn, so a machine that gets busier hurts all pages alike.
  for (let round = 0; round < LIGHTHOUSE_RUNS; round += 1) {
    for (const { page, url } of pages) outcomes.get(page)?.push(await runOnce(url));
  }
  const summaries: PageScores[] = pages.map(({ page }) => {
    const runs = outcomes.get(page) ?? [];
    const scores = runs.map((run) => run.scores);
    const failed = new Map(runs.flatMap((run) => run.failed).map((audit) => [audit.id, audit]));
    return {
      page,
      median: Object.fromEntries(
        CATEGORIES.map((category) => [category, median(scores.map((s) => s[category]))]),
      ) as Scores,
      runs: scores,
      metrics: Object.fromEntries(
        METRICS.map((metric) => [metric, median(runs.map((run) => run.metrics[metric]))]),
      ) as Metrics,
      largestPaint: runs.at(-1)?.largestPaint ?? { element: null, phases: {} },
      failedAudits: [...failed.values()],
    };
  });
  const baseline = summaries.find((summary) => summary.page === 'minimal Next.js page');
  const obrolPages = summaries.filter((summary) => summary !== baseline);
  const performanceGap = Object.fromEntries(
    obrolPages.map((summary) => [
      summary.page,
      (baseline?.median.performance ?? Number.NaN) - summary.median.performance,
    ]),
  );
  const pass = obrolPages.every(
    (summary) =>
      (performanceGap[summary.page] ?? Number.POSITIVE_INFINITY) <= PERFORMANCE_MARGIN &&
      CATEGORIES.every(
        (category) => category === 'performance' || summary.median[category] === 100,
      ),
  );
  return {
    lighthouseVersion: outcomes.get(pages[0]?.page ?? '')?.[0]?.version ?? 'unknown',
    pages: summaries,
    performanceGap,
    pass,
  };
}

export function formatLighthouse(result: LighthouseResult | { failure: string }): string {
  if ('failure' in result) return `Lighthouse: FAILED (${result.failure})`;
  const header =
    '| Page | performance | accessibility | best practices | SEO | perf. below minimal | FCP ms | LCP ms | TBT ms | CLS | SI ms |';
  const rows = result.pages.map((summary) => {
    const gap = result.performanceGap[summary.page];
    const { median: m, metrics: t } = summary;
    const ms = (value: number) => value.toFixed(0);
    return `| ${summary.page} | ${m.performance} | ${m.accessibility} | ${m['best-practices']} | ${m.seo} | ${gap === undefined ? '–' : gap} | ${ms(t['first-contentful-paint'])} | ${ms(t['largest-contentful-paint'])} | ${ms(t['total-blocking-time'])} | ${t['cumulative-layout-shift'].toFixed(3)} | ${ms(t['speed-index'])} |`;
  });
  const failures = result.pages.flatMap((summary) =>
    summary.failedAudits.map(
      (audit) =>
        `- ${summary.page}: ${audit.category} ${audit.id} (${audit.title})` +
        `${audit.weight === 0 ? ' [weight 0: not in the score]' : ''}` +
        `${audit.elements.length ? `: ${audit.elements.join(' ')}` : ''}`,
    ),
  );
  const largestPaints = result.pages.map(({ page, largestPaint }) => {
    const phases = Object.entries(largestPaint.phases)
      .map(([phase, timing]) => `${phase} ${timing.toFixed(0)} ms`)
      .join(', ');
    return `- ${page}: ${largestPaint.element ?? 'unknown'}${phases ? ` (${phases})` : ''}`;
  });
  return [
    `Lighthouse ${result.lighthouseVersion}, mobile, median of ${LIGHTHOUSE_RUNS} runs (target: performance ≤ ${PERFORMANCE_MARGIN} points below the minimal page, the rest 100): ${result.pass ? 'PASS' : 'MISSED'}`,
    '',
    header,
    `|${' --- |'.repeat(11)}`,
    ...rows,
    '',
    'Largest contentful paint element (last run):',
    ...largestPaints,
    ...(failures.length ? ['', 'Audits below 1:', ...failures] : []),
  ].join('\n');
}
