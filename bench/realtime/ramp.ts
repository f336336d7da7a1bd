// The ramp: the offered rate raised step by step over the same connected shoppers, until a step
// misses p99 ≤ 100 ms (shopper → agent) or acks fewer than 95% of what it offered. The last step
// that met both is the target's highest sustained rate. Each target gets its own server.
import { performance } from 'node:perf_hooks';
import type { BenchOptions } from './options';
import { readCpuMs } from './proc-cpu';
import { lifetimeFor, SLACK_MS, withSession } from './run-target';
import { summarize, type Distribution } from './stats';
import type { Target } from './targets';

/** Offered messages a second, step by step (shoppers × messages per shopper a second). */
export const RAMP_RATES = [
  250, 500, 1_000, 1_500, 2_000, 3_000, 4_000, 5_000, 6_000, 8_000, 10_000, 12_000, 15_000, 20_000,
];
export const RAMP_P99_LIMIT_MS = 100;
export const RAMP_MIN_ACKED_SHARE = 0.95;
const STEP_WARMUP_MS = 1_000;
/** After a step's last send: long enough for a server that keeps up, short for one that does not. */
const STEP_DRAIN_MS = 3_000;
const STEP_SAMPLE_TIMEOUT_MS = 30_000;

export interface RampStep {
  offeredPerSecond: number;
  ackedPerSecond: number;
  latencyMs: Distribution;
  ackLatencyMs: Distribution;
  measured: number;
  timeouts: number;
  errors: number;
  sendLagMs: Distribution;
  serverCpuShareOfOneCore: number | null;
  serverLoopDelayMs: { p99: number; max: number };
  passed: boolean;
  /** Why the step failed: the latency limit, the acked share, or both. */
  missed: string | null;
}

export interface RampResult {
  id: string;
  label: string;
  shoppers: number;
  ok: boolean;
  failure: string | null;
  stepDurationMs: number;
  steps: RampStep[];
  /** The highest offered rate a step sustained (p99 ≤ 100 ms, acked ≥ 95%); null if none did. */
  maxSustainedPerSecond: number | null;
  wallMs: number;
}

export function stepDurationMs(options: BenchOptions): number {
  return options.quick ? 2_000 : 5_000;
}

export async function runRamp(target: Target, options: BenchOptions): Promise<RampResult> {
  const began = performance.now();
  const durationMs = stepDurationMs(options);
  const perStepMs = STEP_WARMUP_MS + durationMs + STEP_DRAIN_MS + STEP_SAMPLE_TIMEOUT_MS;
  const base = {
    id: target.id,
    label: target.label,
    shoppers: options.shoppers,
    stepDurationMs: durationMs,
  };
  const steps: RampStep[] = [];
  try {
    await withSession(
      target,
      options,
      lifetimeFor(RAMP_RATES.length * perStepMs),
      async ({ server, load, sample }) => {
        for (const offered of RAMP_RATES) {
          await sample(false, STEP_SAMPLE_TIMEOUT_MS); // starts the step's loop-delay period
          load.send({
            type: 'go',
            phase: {
              ratePerShopper: offered / options.shoppers,
              warmupMs: STEP_WARMUP_MS,
              durationMs,
              drainMs: STEP_DRAIN_MS,
            },
          });
          await load.next('window-start', STEP_WARMUP_MS + SLACK_MS);
          const cpuAtStart = readCpuMs(server.pid);
          await load.next('window-end', durationMs + SLACK_MS);
          const cpuAtEnd = readCpuMs(server.pid);
          const { result } = await load.next('result', STEP_DRAIN_MS + SLACK_MS);
          const after = await sample(false, STEP_SAMPLE_TIMEOUT_MS);
          const latencyMs = summarize(result.deliveryLatencies);
          const ackedPerSecond = result.ackedInWindow / (durationMs / 1_000);
          const slow = !(latencyMs.p99 <= RAMP_P99_LIMIT_MS);
          const short = ackedPerSecond < RAMP_MIN_ACKED_SHARE * offered;
          const missed = [
            slow && `p99 ${latencyMs.p99.toFixed(0)} ms > ${RAMP_P99_LIMIT_MS} ms`,
            short && `acked ${((100 * ackedPerSecond) / offered).toFixed(0)}% < 95%`,
          ].filter(Boolean);
          steps.push({
            offeredPerSecond: offered,
            ackedPerSecond,
            latencyMs,
            ackLatencyMs: summarize(result.ackLatencies),
            measured: result.measured,
            timeouts: result.ackTimeouts + result.deliveryTimeouts,
            errors: result.rejected + result.disconnects,
            sendLagMs: summarize(result.sendLags),
            serverCpuShareOfOneCore:
              cpuAtStart === null || cpuAtEnd === null
                ? null
                : (cpuAtEnd - cpuAtStart) / durationMs,
            serverLoopDelayMs: after.loopDelayMs,
            passed: missed.length === 0,
            missed: missed.length ? missed.join(', ') : null,
          });
          if (missed.length) break;
        }
      },
    );
    return { ...base, ok: true, failure: null, steps, ...outcome(steps), wallMs: since(began) };
  } catch (error) {
    return {
      ...base,
      ok: false,
      failure: error instanceof Error ? error.message : String(error),
      steps,
      ...outcome(steps),
      wallMs: since(began),
    };
  }
}

function outcome(steps: RampStep[]): { maxSustainedPerSecond: number | null } {
  const passed = steps.filter((step) => step.passed);
  return { maxSustainedPerSecond: passed.at(-1)?.offeredPerSecond ?? null };
}

const since = (began: number) => performance.now() - began;
