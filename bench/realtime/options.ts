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

/** The parts of `npm run bench`, chosen with `--only=cart,lighthouse` (all when not given). */
export const BENCH_PARTS = ['realtime', 'ramp', 'js-budget', 'lighthouse', 'cart'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchOptions {
  quick: boolean;
  parts: BenchPart[];
  shoppers: number;
  warmupMs: number;
  durationMs: number;
  drainMs: number;
  ackTimeoutMs: number;
  databaseUrl: string | undefined;
  only: string[] | undefined;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const onlyArg = argv.find((arg) => arg.startsWith('--only='));
  const unknown = argv.filter((arg) => arg !== '--quick' && arg !== onlyArg);
  if (unknown.length > 0) {
    throw new Error(`Unknown arguments: ${unknown.join(' ')} (--quick, --only=<parts>)`);
  }
  const parts = parseParts(onlyArg?.slice('--only='.length));
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid bench settings:\n${lines.join('\n')}`);
  }
  const settings = parsed.data;
  const quick = argv.includes('--quick');
  return {
    quick,
    parts,
    shoppers: settings.BENCH_SHOPPERS ?? (quick ? 50 : 1_000),
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

function parseParts(list: string | undefined): BenchPart[] {
  if (list === undefined) return [...BENCH_PARTS];
  const names = list.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(BENCH_PARTS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(
      `Unknown parts: ${unknown.join(', ')} (--only= takes ${BENCH_PARTS.join(', ')})`,
    );
  }
  return BENCH_PARTS.filter((part) => names.includes(part));
}
