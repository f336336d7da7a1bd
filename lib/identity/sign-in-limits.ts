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
  /**
   * Counts an attempt against the account and the address before the password is checked, and
   * throws SignInRateLimited when either is used up. Counting first (not after a failure) means
   * a burst of parallel guesses cannot all pass the check while the hashes are being compared.
   */
  reserve(email: string, address: string): Promise<void>;
  /** A right password clears the account's count and gives the address its attempt back. */
  succeeded(email: string, address: string): Promise<void>;
  /** The attempt was not a guess (the server failed): give both counts back. */
  release(email: string, address: string): Promise<void>;
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

  return {
    async reserve(email, address) {
      const results = await Promise.allSettled([
        byEmail.consume(emailKey(email)),
        byAddress.consume(address),
      ]);
      let waitMs = 0;
      for (const result of results) {
        if (result.status === 'fulfilled') continue;
        // The limiter rejects with its state when a count is used up, and with an Error otherwise.
        if (result.reason instanceof Error) throw result.reason;
        waitMs = Math.max(waitMs, (result.reason as RateLimiterRes).msBeforeNext);
      }
      if (waitMs > 0) throw new SignInRateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
    },
    async succeeded(email, address) {
      await Promise.all([byEmail.delete(emailKey(email)), byAddress.reward(address, 1)]);
    },
    async release(email, address) {
      await Promise.all([byEmail.reward(emailKey(email), 1), byAddress.reward(address, 1)]);
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
