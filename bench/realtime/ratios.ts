// Each target's figures divided by the two baselines' figures from the same run.
import type { TargetResult } from './target-result';
import { ratio } from './stats';
import { storeBaselineId, type Target } from './targets';

export interface Figures {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  ackedPerSecond: number | null;
  rssPerConnection: number | null;
  cpuPerMessage: number | null;
}

export interface TargetRatios {
  id: string;
  storeBaseline: string;
  vsRelay: Figures | null;
  vsStoreBaseline: Figures | null;
}

function figuresOf(result: TargetResult | undefined): Figures | null {
  if (!result?.ok) return null;
  return {
    p50: result.latencyMs?.p50 ?? null,
    p95: result.latencyMs?.p95 ?? null,
    p99: result.latencyMs?.p99 ?? null,
    ackedPerSecond: result.ackedPerSecond,
    rssPerConnection: result.memory?.rssPerConnectionBytes ?? null,
    // The database's processes count too where it has its own (PostgreSQL), for a fair total.
    cpuPerMessage: result.serverCpu
      ? result.serverCpu.msPerAckedMessage + (result.databaseCpu?.msPerAckedMessage ?? 0)
      : null,
  };
}

function divide(a: Figures | null, b: Figures | null): Figures | null {
  if (!a || !b) return null;
  return {
    p50: ratio(a.p50, b.p50),
    p95: ratio(a.p95, b.p95),
    p99: ratio(a.p99, b.p99),
    ackedPerSecond: ratio(a.ackedPerSecond, b.ackedPerSecond),
    rssPerConnection: ratio(a.rssPerConnection, b.rssPerConnection),
    cpuPerMessage: ratio(a.cpuPerMessage, b.cpuPerMessage),
  };
}

export function computeRatios(targets: Target[], results: TargetResult[]): TargetRatios[] {
  const byId = new Map(results.map((result) => [result.id, result]));
  const relay = figuresOf(byId.get('relay'));
  return targets.map((target) => {
    const storeBaseline = storeBaselineId(target);
    const own = figuresOf(byId.get(target.id));
    return {
      id: target.id,
      storeBaseline,
      vsRelay: divide(own, relay),
      vsStoreBaseline: divide(own, figuresOf(byId.get(storeBaseline))),
    };
  });
}
