// Failed sign-ins are counted per account (email) and per client address, in this process's
// memory. With several nodes behind a balancer each node would count alone: give them a shared
// store then (rate-limiter-flexible's RateLimiterRedis or RateLimiterPostgres take the same calls).
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../protocol/errors';

export interface SignInLimitSettings {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

export const SIGN_IN_LIMITS: Readonly<SignInLimitSettings> = {
  /** Failures per email before sign-in to that account is refused for the rest of the window. */
  perEmail: 5,
  /** Failures per client address, across every email it tries. */
  perAddress: 20,
  windowSeconds: 15 * 60,
};

export class SignInRateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super('RATE_LIMITED', `Too many sign-in attempts. Try again in ${minutes} minute(s).`);
  }
}

export interface SignInLimiter {
  /** Throws SignInRateLimited when either counter is used up; call before checking the password. */
  assertAllowed(email: string, address: string): Promise<void>;
  recordFailure(email: string, address: string): Promise<void>;
  /** A right password clears the account's counter; the address keeps its count. */
  recordSuccess(email: string): Promise<void>;
}

const emailKey = (email: string) => email.trim().toLowerCase();

export function createSignInLimiter(
  limits: Readonly<SignInLimitSettings> = SIGN_IN_LIMITS,
): SignInLimiter {
  const byEmail = new RateLimiterMemory({
    keyPrefix: 'sign-in-email',
    points: limits.perEmail,
    duration: limits.windowSeconds,
  });
  const byAddress = new RateLimiterMemory({
    keyPrefix: 'sign-in-address',
    points: limits.perAddress,
    duration: limits.windowSeconds,
  });
  const exhausted = (state: RateLimiterRes | null, points: number) =>
    state !== null && state.consumedPoints >= points ? state.msBeforeNext : 0;

  return {
    async assertAllowed(email, address) {
      const [emailState, addressState] = await Promise.all([
        byEmail.get(emailKey(email)),
        byAddress.get(address),
      ]);
      const waitMs = Math.max(
        exhausted(emailState, limits.perEmail),
        exhausted(addressState, limits.perAddress),
      );
      if (waitMs > 0) throw new SignInRateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
    },
    async recordFailure(email, address) {
      await Promise.all([byEmail.penalty(emailKey(email)), byAddress.penalty(address)]);
    },
    async recordSuccess(email) {
      await byEmail.delete(emailKey(email));
    },
  };
}

// One limiter per process. Only the sign-in route uses it; kept on globalThis so a second copy of
// this module (Next bundles routes separately) cannot start a second, empty count.
const key = Symbol.for('obrol.signInLimiter');
type WithLimiter = typeof globalThis & { [key]?: SignInLimiter };

export function signInLimiter(): SignInLimiter {
  const holder = globalThis as WithLimiter;
  holder[key] ??= createSignInLimiter();
  return holder[key];
}
