// The ramp's tables: each target's highest sustained rate beside the baselines', and every step.
import { ratio } from './stats';
import { RAMP_MIN_ACKED_SHARE, RAMP_P99_LIMIT_MS, RAMP_RATES, type RampResult } from './ramp';
import { storeBaselineId, type Target } from './targets';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const ms = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(1);
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
const top = RAMP_RATES.at(-1) ?? 0;

function sustained(result: RampResult | undefined): string {
  if (!result) return '–';
  if (!result.ok && result.maxSustainedPerSecond === null) return 'failed';
  if (result.maxSustainedPerSecond === null) return `< ${RAMP_RATES[0] ?? 0}`;
  // The last step passing means the ramp ran out of steps, not the server out of breath.
  return result.maxSustainedPerSecond === top
    ? `≥ ${result.maxSustainedPerSecond}`
    : String(result.maxSustainedPerSecond);
}

export function formatRamp(
  targets: Target[],
  results: RampResult[],
  options: { shoppers: number; stepDurationMs: number },
): string {
  const byId = new Map(results.map((result) => [result.id, result]));
  const relay = byId.get('relay')?.maxSustainedPerSecond ?? null;
  const summaryRows = results.map((result) => {
    const target = targets.find((t) => t.id === result.id);
    const store = target ? byId.get(storeBaselineId(target))?.maxSustainedPerSecond : null;
    const best = result.steps.filter((step) => step.passed).at(-1);
    const stop = result.steps.find((step) => !step.passed);
    return [
      result.label,
      sustained(result),
      best ? best.ackedPerSecond.toFixed(0) : '–',
      best ? ms(best.latencyMs.p99) : '–',
      stop ? `${stop.offeredPerSecond}: ${stop.missed ?? ''}` : result.failure ? 'failed' : '–',
      times(ratio(result.maxSustainedPerSecond, relay)),
      times(ratio(result.maxSustainedPerSecond, store ?? null)),
    ];
  });
  const stepRows = results.flatMap((result) =>
    result.steps.map((step) => [
      result.label,
      String(step.offeredPerSecond),
      step.ackedPerSecond.toFixed(0),
      ms(step.latencyMs.p50),
      ms(step.latencyMs.p95),
      ms(step.latencyMs.p99),
      ms(step.ackLatencyMs.p99),
      String(step.errors),
      String(step.timeouts),
      step.serverCpuShareOfOneCore === null
        ? '–'
        : `${(step.serverCpuShareOfOneCore * 100).toFixed(0)}%`,
      ms(step.serverLoopDelayMs.max),
      ms(step.sendLagMs.p99),
      step.passed ? 'yes' : `no (${step.missed ?? ''})`,
    ]),
  );
  const failures = results.flatMap((r) => (r.failure ? [`- ${r.label}: ${r.failure}`] : []));
  return [
    `Ramp: ${options.shoppers} shoppers, offered rate raised through ${RAMP_RATES.join(', ')} msg/s, ` +
      `${options.stepDurationMs / 1_000} s measured per step after 1 s of warm-up; a step is sustained ` +
      `when p99 ≤ ${RAMP_P99_LIMIT_MS} ms and acked ≥ ${RAMP_MIN_ACKED_SHARE * 100}% of offered.`,
    '',
    table(
      [
        'Target',
        'max sustained msg/s',
        'acked/s there',
        'p99 ms there',
        'first step missed',
        '× relay',
        '× relay+INSERT',
      ],
      summaryRows,
    ),
    '',
    table(
      [
        'Target',
        'offered/s',
        'acked/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'ack p99 ms',
        'errors',
        'timeouts',
        'server CPU',
        'loop delay max ms',
        'send lag p99 ms',
        'sustained',
      ],
      stepRows,
    ),
    ...(failures.length ? ['', ...failures] : []),
  ].join('\n');
}
