// The run's report: Markdown tables on stdout (pasteable into docs/PERFORMANCE.md) and a JSON file.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options';
import type { Figures, TargetRatios } from './ratios';
import type { TargetResult } from './target-result';

export interface Report {
  startedAt: string;
  wallSeconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    totalMemoryBytes: number;
    node: string;
    os: string;
    /** 1-minute load average when the run began and ended: how busy the shared machine was. */
    loadAverage: { start: number; end: number };
  };
  options: BenchOptions;
  results: TargetResult[];
  ratios: TargetRatios[];
}

export function describeMachine(loadAtStart: number): Report['machine'] {
  return {
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));
const times = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${value.toFixed(2)}×`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function figuresTable(results: TargetResult[]): string {
  const header = [
    'Target',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'ack p50 ms',
    'ack p99 ms',
    'acked/s',
    'errors',
    'timeouts',
    'RSS/conn KiB',
    'server CPU ms/msg',
    'server CPU',
    'PG CPU ms/msg',
  ];
  const rows = results.map((r) =>
    r.ok
      ? [
          r.label,
          ms(r.latencyMs?.p50),
          ms(r.latencyMs?.p95),
          ms(r.latencyMs?.p99),
          ms(r.ackLatencyMs?.p50),
          ms(r.ackLatencyMs?.p99),
          (r.ackedPerSecond ?? 0).toFixed(1),
          String(r.errors),
          String(r.timeouts),
          ((r.memory?.rssPerConnectionBytes ?? 0) / 1024).toFixed(1),
          (r.serverCpu?.msPerAckedMessage ?? 0).toFixed(3),
          `${((r.serverCpu?.shareOfOneCore ?? 0) * 100).toFixed(0)}%`,
          r.databaseCpu ? r.databaseCpu.msPerAckedMessage.toFixed(3) : '–',
        ]
      : [r.label, `failed: ${r.failure?.split('\n')[0] ?? ''}`, ...Array<string>(11).fill('–')],
  );
  return table(header, rows);
}

function ratiosTable(results: TargetResult[], ratios: TargetRatios[]): string {
  const header = [
    'Target (× relay / × relay+INSERT)',
    'p50',
    'p95',
    'p99',
    'acked/s',
    'RSS/conn',
    'CPU/msg (server + PG)',
  ];
  const pick = (entry: TargetRatios, key: keyof Figures) =>
    `${times(entry.vsRelay?.[key])} / ${times(entry.vsStoreBaseline?.[key])}`;
  const rows = ratios.map((entry) => {
    const label = results.find((r) => r.id === entry.id)?.label ?? entry.id;
    return [
      `${label} (vs ${entry.storeBaseline})`,
      pick(entry, 'p50'),
      pick(entry, 'p95'),
      pick(entry, 'p99'),
      pick(entry, 'ackedPerSecond'),
      pick(entry, 'rssPerConnection'),
      pick(entry, 'cpuPerMessage'),
    ];
  });
  return table(header, rows);
}

function serverTable(results: TargetResult[]): string {
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const header = [
    'Target',
    'idle RSS MiB',
    'connected RSS MiB',
    'JS heap used/conn KiB',
    'V8 heap growth MiB',
    'loop delay p99 ms',
    'loop delay max ms',
    'SQL/msg',
  ];
  const rows = results.flatMap((r) =>
    r.memory
      ? [
          [
            r.label,
            mib(r.memory.idleRssBytes),
            mib(r.memory.connectedRssBytes),
            (r.memory.heapPerConnectionBytes / 1024).toFixed(1),
            mib(r.memory.heapTotalGrowthBytes),
            ms(r.serverLoopDelayMs?.p99),
            ms(r.serverLoopDelayMs?.max),
            r.statementsPerAckedMessage === null ? '–' : r.statementsPerAckedMessage.toFixed(1),
          ],
        ]
      : [],
  );
  return table(header, rows);
}

function loadClientTable(results: TargetResult[]): string {
  const header = ['Target', 'connect s', 'send lag p99 ms', 'send lag max ms', 'load client CPU'];
  const rows = results.flatMap((r) =>
    r.client
      ? [
          [
            r.label,
            (r.client.connectMs / 1_000).toFixed(1),
            ms(r.client.sendLagMs.p99),
            ms(r.client.sendLagMs.max),
            `${(r.client.cpuShareOfOneCore * 100).toFixed(0)}%`,
          ],
        ]
      : [],
  );
  return table(header, rows);
}

export function formatReport(report: Report): string {
  const { options, machine } = report;
  const errors = report.results.flatMap((r) =>
    r.firstError ? [`- ${r.label}: first error: ${r.firstError}`] : [],
  );
  return [
    `Realtime bench, ${report.startedAt}: ${options.shoppers} shoppers × 1 msg/s, ` +
      `${options.warmupMs / 1_000} s warm-up, ${options.durationMs / 1_000} s measured` +
      `${options.quick ? ' (--quick)' : ''}; ${machine.cpus} cores, node ${machine.node}, ` +
      `load average ${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)}; ` +
      `${report.wallSeconds.toFixed(0)} s in all.`,
    '',
    figuresTable(report.results),
    '',
    ratiosTable(report.results, report.ratios),
    '',
    'Server under test (memory after GC; event-loop delay during the traffic; SQL statements per',
    'acked message, BEGIN/COMMIT aside):',
    '',
    serverTable(report.results),
    '',
    'Load client (a sanity check: it must not be the bottleneck):',
    '',
    loadClientTable(report.results),
    ...(errors.length ? ['', ...errors] : []),
  ].join('\n');
}

export async function writeReport(report: Report, directory: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
