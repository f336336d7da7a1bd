// The measured traffic: every shopper sends `ratePerShopper` messages a second (one, in the main
// run) into its own conversation, on a fixed schedule that does not wait for acks (open loop),
// while the agent records what reaches it. The ramp runs it again and again on the same sockets.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { LoadConfig, LoadResult, TrafficPhase } from '../ipc';
import type { BenchSocket, Shopper } from './clients';
import { clientIdReceived } from './received';

const START_DELAY_MS = 100;
const DRAIN_POLL_MS = 50;

interface Sent {
  scheduledAt: number;
  sentAt: number;
  measured: boolean;
  ackedAt?: number;
  rejected?: boolean;
  deliveredAt?: number;
}

export interface TrafficHooks {
  onWindowStart(): void;
  onWindowEnd(): void;
}

export async function runTraffic(
  config: LoadConfig,
  phase: TrafficPhase,
  agent: BenchSocket,
  shoppers: Shopper[],
  hooks: TrafficHooks,
): Promise<Omit<LoadResult, 'connectMs'>> {
  const sent = new Map<string, Sent>();
  const sendIntervalMs = 1_000 / phase.ratePerShopper;
  const start = performance.now() + START_DELAY_MS;
  const windowStart = start + phase.warmupMs;
  const windowEnd = windowStart + phase.durationMs;
  let ackedInWindow = 0;
  let ackedTotal = 0;
  let disconnects = 0;
  let firstError: string | null = null;

  const onDelivered = (payload: unknown) => {
    const clientId = clientIdReceived(config.flavor, payload);
    const record = clientId ? sent.get(clientId) : undefined;
    if (record && record.deliveredAt === undefined) record.deliveredAt = performance.now();
  };
  const deliveryEvent = config.flavor === 'obrol' ? 'conversation:updated' : 'message:created';
  agent.on(deliveryEvent, onDelivered);
  const onDisconnect = (reason: string) => {
    disconnects += 1;
    firstError ??= `disconnect: ${reason}`;
  };
  const sockets = [agent, ...shoppers.map((shopper) => shopper.socket)];
  for (const socket of sockets) socket.on('disconnect', onDisconnect);

  const send = (shopper: Shopper, scheduledAt: number) => {
    const clientId = randomUUID();
    const record: Sent = {
      scheduledAt,
      sentAt: performance.now(),
      measured: scheduledAt >= windowStart && scheduledAt < windowEnd,
    };
    sent.set(clientId, record);
    const payload = {
      conversationId: shopper.conversationId,
      clientId,
      text: `Kak, ukuran M masih ada? Pesan ${clientId.slice(0, 8)}`,
    };
    // No socket.timeout(): a late ack is still recorded, so a saturated server's real throughput and
    // latency show; lateness past the app's ack timeout is counted afterwards as a timeout.
    shopper.socket.emit('message:send', payload, (result) => {
      const now = performance.now();
      if (!result.ok) {
        record.rejected = true;
        firstError ??= `${result.error.code}: ${result.error.message}`;
        return;
      }
      record.ackedAt = now;
      ackedTotal += 1;
      if (now >= windowStart && now < windowEnd) ackedInWindow += 1;
    });
  };

  // Shoppers are spread evenly over each second, so the offered load is steady, not a burst a second.
  const timers = new Set<NodeJS.Timeout>();
  const schedule = (shopper: Shopper, at: number) => {
    if (at >= windowEnd) return;
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        send(shopper, at);
        schedule(shopper, at + sendIntervalMs);
      },
      Math.max(0, at - performance.now()),
    );
    timers.add(timer);
  };
  shoppers.forEach((shopper, index) =>
    schedule(shopper, start + (index * sendIntervalMs) / shoppers.length),
  );

  await sleepUntil(windowStart);
  hooks.onWindowStart();
  const cpuBefore = process.cpuUsage();
  await sleepUntil(windowEnd);
  const cpu = process.cpuUsage(cpuBefore);
  hooks.onWindowEnd();

  const measured = [...sent.values()].filter((record) => record.measured);
  const settled = (r: Sent) =>
    r.rejected || (r.ackedAt !== undefined && r.deliveredAt !== undefined);
  const drainEnd = windowEnd + phase.drainMs;
  while (performance.now() < drainEnd && !measured.every(settled)) await sleep(DRAIN_POLL_MS);
  for (const timer of timers) clearTimeout(timer);
  agent.off(deliveryEvent, onDelivered);
  for (const socket of sockets) socket.off('disconnect', onDisconnect);

  const late = (at: number | undefined, sentAt: number) =>
    at === undefined || at - sentAt > config.ackTimeoutMs;
  const delivered = measured.filter((r) => !r.rejected);
  return {
    measured: measured.length,
    deliveryLatencies: measured.flatMap((r) =>
      r.deliveredAt === undefined ? [] : [r.deliveredAt - r.sentAt],
    ),
    ackLatencies: measured.flatMap((r) => (r.ackedAt === undefined ? [] : [r.ackedAt - r.sentAt])),
    ackedInWindow,
    ackedTotal,
    rejected: measured.length - delivered.length,
    ackTimeouts: delivered.filter((r) => late(r.ackedAt, r.sentAt)).length,
    deliveryTimeouts: delivered.filter((r) => late(r.deliveredAt, r.sentAt)).length,
    disconnects,
    sendLags: measured.map((r) => r.sentAt - r.scheduledAt),
    clientCpuShare: (cpu.user + cpu.system) / 1_000 / phase.durationMs,
    firstError,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sleepUntil(at: number): Promise<void> {
  return sleep(Math.max(0, at - performance.now()));
}
