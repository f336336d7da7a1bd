// What one target's run yields, and how the load client's raw observations become that.
import type { LoadResult } from './ipc';
import type { BenchOptions } from './options';
import { summarize, type Distribution } from './stats';

export interface CpuUse {
  msPerAckedMessage: number;
  shareOfOneCore: number;
}

export interface TargetResult {
  id: string;
  label: string;
  ok: boolean;
  failure: string | null;
  shoppers: number;
  offeredPerSecond: number;
  /** Shopper send → agent receives the message. */
  latencyMs: Distribution | null;
  /** Shopper send → the shopper's ack. */
  ackLatencyMs: Distribution | null;
  ackedPerSecond: number | null;
  measured: number;
  /** Rejected acks, disconnects and errors the server logged. */
  errors: number;
  /** Acks or deliveries that never came within the time allowed. */
  timeouts: number;
  memory: {
    idleRssBytes: number;
    connectedRssBytes: number;
    rssPerConnectionBytes: number;
    /** Live JS objects per connection: what a connection keeps, steadier than RSS. */
    heapPerConnectionBytes: number;
    /** How much V8 grew its heap meanwhile; garbage made while connecting grows it too. */
    heapTotalGrowthBytes: number;
  } | null;
  serverCpu: CpuUse | null;
  /** PostgreSQL backends serving this run's database (PGlite's work is in serverCpu). */
  databaseCpu: CpuUse | null;
  /** How long the server's event loop was held up during the traffic (warm-up and drain too). */
  serverLoopDelayMs: { p99: number; max: number } | null;
  /** SQL statements (BEGIN and COMMIT aside) per acked message of the run; Obrol only. */
  statementsPerAckedMessage: number | null;
  client: { connectMs: number; cpuShareOfOneCore: number; sendLagMs: Distribution } | null;
  firstError: string | null;
  wallMs: number;
}

export function summarizeRun(result: LoadResult, options: BenchOptions) {
  return {
    ok: true,
    failure: null,
    offeredPerSecond: options.shoppers,
    latencyMs: summarize(result.deliveryLatencies),
    ackLatencyMs: summarize(result.ackLatencies),
    ackedPerSecond: result.ackedInWindow / (options.durationMs / 1_000),
    measured: result.measured,
    timeouts: result.ackTimeouts + result.deliveryTimeouts,
    client: {
      connectMs: result.connectMs,
      cpuShareOfOneCore: result.clientCpuShare,
      sendLagMs: summarize(result.sendLags),
    },
    firstError: result.firstError,
  };
}

export function failed(
  base: Pick<TargetResult, 'id' | 'label' | 'shoppers'>,
  options: BenchOptions,
  error: unknown,
  wallMs: number,
): TargetResult {
  return {
    ...base,
    ok: false,
    failure: error instanceof Error ? error.message : String(error),
    offeredPerSecond: options.shoppers,
    latencyMs: null,
    ackLatencyMs: null,
    ackedPerSecond: null,
    measured: 0,
    errors: 0,
    timeouts: 0,
    memory: null,
    serverCpu: null,
    databaseCpu: null,
    serverLoopDelayMs: null,
    statementsPerAckedMessage: null,
    client: null,
    firstError: null,
    wallMs,
  };
}
