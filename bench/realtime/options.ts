// The bench's settings, from the command line and the environment, parsed once.
import { z } from 'zod';
import { ACK_TIMEOUT_MS } from '../../lib/client/request';

const positiveInt = z.coerce.number().int().positive();

const environment = z.object({
  BENCH_SHOPPERS: positiveInt.max(5_000).optional(),
  BENCH_DURATION_S: positiveInt.max(600).optional(),
  BENCH_WARMUP_S: z.coerce.number().int().min(0).max(60).optional(),
  /** Comma-separated target ids, to run only some (e.g. "relay,obrol-pglite"). */
  BENCH_TARGETS: z.string().trim().optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional())
    .optional(),
});

export interface BenchOptions {
  quick: boolean;
  shoppers: number;
  warmupMs: number;
  durationMs: number;
  drainMs: number;
  ackTimeoutMs: number;
  databaseUrl: string | undefined;
  only: string[] | undefined;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const unknown = argv.filter((arg) => arg !== '--quick');
  if (unknown.length > 0) throw new Error(`Unknown arguments: ${unknown.join(' ')} (only --quick)`);
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid bench settings:\n${lines.join('\n')}`);
  }
  const settings = parsed.data;
  const quick = argv.includes('--quick');
  return {
    quick,
    shoppers: settings.BENCH_SHOPPERS ?? (quick ? 50 : 200),
    warmupMs: (settings.BENCH_WARMUP_S ?? (quick ? 2 : 3)) * 1_000,
    durationMs: (settings.BENCH_DURATION_S ?? (quick ? 5 : 15)) * 1_000,
    // The app's own client gives up on an ack after this long; waiting as long for the last sends.
    drainMs: ACK_TIMEOUT_MS,
    ackTimeoutMs: ACK_TIMEOUT_MS,
    databaseUrl: settings.DATABASE_URL,
    only: settings.BENCH_TARGETS?.split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  };
}
