// Every setting Obrol reads, parsed once. Nothing else reads process.env.
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** An empty variable counts as unset, so `PORT=` means the default, not port 0. */
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
    HOSTNAME: optionalText,
    DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    OBROL_DATA_DIR: z.string().trim().min(1).default('./data'),
    OBROL_SECRET: optionalText.pipe(
      z.string().min(32, 'OBROL_SECRET must be at least 32 characters').optional(),
    ),
    OBROL_OWNER_EMAIL: z.email().default('owner@demo.local'),
    OBROL_OWNER_PASSWORD: optionalText.pipe(
      z.string().min(8, 'OBROL_OWNER_PASSWORD must be at least 8 characters').optional(),
    ),
    OBROL_ALLOWED_ORIGINS: optionalText.transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim().replace(/\/$/, ''))
        .filter(Boolean),
    ),
    /**
     * The origin people reach Obrol at (https://chat.example.com), for absolute URLs in link
     * previews. Unset: taken from each request's Host (and X-Forwarded-Proto).
     */
    OBROL_PUBLIC_URL: optionalText.pipe(
      z
        .url({
          protocol: /^https?$/,
          error: 'OBROL_PUBLIC_URL must be an http(s) origin, e.g. https://chat.example.com',
        })
        .transform((value) => new URL(value).origin)
        .optional(),
    ),
    OBROL_LOG_LEVEL: z.enum(['silent', 'info', 'debug']).default('info'),
    /** Behind a reverse proxy: take the client address from the X-Forwarded-For it appends. */
    OBROL_TRUST_PROXY: z.preprocess(
      unsetIfEmpty,
      z
        .enum(['true', 'false', '1', '0'], 'OBROL_TRUST_PROXY must be true or false')
        .default('false')
        .transform((value) => value === 'true' || value === '1'),
    ),
    /** Web push (VAPID) keys, base64url; when unset they are generated once into OBROL_DATA_DIR. */
    OBROL_VAPID_PUBLIC_KEY: optionalText.pipe(
      z
        .string()
        .regex(
          /^B[A-Za-z0-9_-]{86}$/,
          'OBROL_VAPID_PUBLIC_KEY must be a base64url P-256 public key',
        )
        .optional(),
    ),
    OBROL_VAPID_PRIVATE_KEY: optionalText.pipe(
      z
        .string()
        .regex(
          /^[A-Za-z0-9_-]{43}$/,
          'OBROL_VAPID_PRIVATE_KEY must be a base64url P-256 private key',
        )
        .optional(),
    ),
    /** Who push services may contact about this server's pushes; defaults to the owner's e-mail. */
    OBROL_VAPID_SUBJECT: optionalText.pipe(
      z
        .string()
        .regex(/^(mailto:|https:\/\/)/, 'OBROL_VAPID_SUBJECT must start with mailto: or https://')
        .optional(),
    ),
    /**
     * Tests and development only: accept push endpoints on loopback addresses (http or https).
     * Never in production: the server POSTs to endpoints, so this opens a way to local services.
     */
    OBROL_PUSH_ALLOW_LOOPBACK: z.preprocess(
      unsetIfEmpty,
      z
        .enum(['true', 'false', '1', '0'], 'OBROL_PUSH_ALLOW_LOOPBACK must be true or false')
        .default('false')
        .transform((value) => value === 'true' || value === '1'),
    ),
    /**
     * Tests only: the build id this server reports (pages and server:hello) instead of the one in
     * .next/BUILD_ID, so a test can restart the same build as "a new version" without rebuilding.
     */
    OBROL_TEST_BUILD_ID: optionalText,
  })
  .refine((settings) => !settings.OBROL_VAPID_PUBLIC_KEY === !settings.OBROL_VAPID_PRIVATE_KEY, {
    path: ['OBROL_VAPID_PRIVATE_KEY'],
    message: 'Set OBROL_VAPID_PUBLIC_KEY and OBROL_VAPID_PRIVATE_KEY together, or neither',
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
