// The messages the runner exchanges with its two child processes (server under test, load client).
// Both ends are our own code in this repository, so the shapes are shared types, not parsed input.

export type ServerKind = 'obrol' | 'relay' | 'relay-insert';
export type StoreKind = 'pglite' | 'postgres';

/** How a server under test is started. `databaseUrl` is a fresh database when store is postgres. */
export interface ServerSpec {
  kind: ServerKind;
  store: StoreKind | null;
  databaseUrl?: string;
  /** The child exits by itself after this, whatever the runner does. */
  lifetimeMs: number;
}

export type ToServer =
  | { type: 'start'; spec: ServerSpec }
  | { type: 'sample'; collectGarbage: boolean; resetLoopDelay: boolean }
  | { type: 'stop' };

export interface ServerSample {
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  /** Memory outside the V8 heap that V8 knows of (buffers; PGlite's WASM memory). */
  externalBytes: number;
  /** Errors the server logged (handler failures), since it started. */
  loggedErrors: number;
  /** SQL statements the server ran since it started, where it counts them. */
  statements: number | null;
  /** The server's event-loop delay since the last reset: how long I/O waited for the loop. */
  loopDelayMs: { p99: number; max: number };
}

export type FromServer =
  | { type: 'ready'; url: string; agentCookie: string | null; businessSlug: string | null }
  | ({ type: 'sample' } & ServerSample)
  | { type: 'stopped' }
  | { type: 'failed'; message: string };

/** 'obrol' speaks the real protocol; 'relay' is the baselines' bare version of it. */
export type Flavor = 'obrol' | 'relay';

export interface LoadConfig {
  url: string;
  flavor: Flavor;
  shoppers: number;
  agentCookie: string | null;
  businessSlug: string | null;
  /** An ack or delivery later than this counts as a timeout (the app's client gives up then). */
  ackTimeoutMs: number;
  lifetimeMs: number;
}

/** One stretch of traffic over the connected shoppers; the ramp runs several in a row. */
export interface TrafficPhase {
  /** Messages each shopper sends a second: the offered rate is shoppers × this. */
  ratePerShopper: number;
  warmupMs: number;
  durationMs: number;
  /** How long to wait after the last send for outstanding acks and deliveries. */
  drainMs: number;
}

/** Raw observations of one run; the runner turns them into statistics. */
export interface LoadResult {
  connectMs: number;
  /** Messages scheduled inside the measured window. */
  measured: number;
  /** Shopper send → agent receives it, in ms, for measured messages that arrived (late ones too). */
  deliveryLatencies: number[];
  /** Shopper send → its ack, in ms, for measured messages acked ok (late ones too). */
  ackLatencies: number[];
  /** Successful acks that arrived inside the window, whatever window their message was sent in. */
  ackedInWindow: number;
  /** Successful acks of the whole run, warm-up and drain included. */
  ackedTotal: number;
  rejected: number;
  ackTimeouts: number;
  deliveryTimeouts: number;
  disconnects: number;
  /** How late the load client sent each measured message against its schedule, in ms. */
  sendLags: number[];
  /** CPU the load client used during the window, as a share of one core. */
  clientCpuShare: number;
  firstError: string | null;
}

export type ToLoad =
  { type: 'start'; config: LoadConfig } | { type: 'go'; phase: TrafficPhase } | { type: 'stop' };

export type FromLoad =
  | { type: 'connected'; connectMs: number }
  | { type: 'window-start' }
  | { type: 'window-end' }
  | { type: 'result'; result: LoadResult }
  | { type: 'failed'; message: string };
