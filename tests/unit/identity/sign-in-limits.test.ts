import { createSignInLimiter, SignInRateLimited } from '@/lib/identity/sign-in-limits';

const LIMITS = { perEmail: 3, perAddress: 5, windowSeconds: 60 };

describe('sign-in limits', () => {
  test('an account is refused once its attempts reach the limit, with the time left', async () => {
    const limiter = createSignInLimiter(LIMITS);
    for (let n = 0; n < LIMITS.perEmail; n++) await limiter.reserve('a@x.local', `addr-${n}`);
    const refusal = await limiter.reserve(' A@X.local ', 'fresh').catch((error) => error);
    expect(refusal).toBeInstanceOf(SignInRateLimited);
    expect(refusal.code).toBe('RATE_LIMITED');
    expect(refusal.retryAfterSeconds).toBeGreaterThan(0);
    expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(60);
    await expect(limiter.reserve('b@x.local', 'fresh')).resolves.toBeUndefined();
  });

  test('parallel guesses are counted before any password is checked', async () => {
    const limiter = createSignInLimiter(LIMITS);
    const burst = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) => limiter.reserve('a@x.local', `burst-${n}`)),
    );
    expect(burst.filter((result) => result.status === 'fulfilled')).toHaveLength(LIMITS.perEmail);
  });

  test('success clears the account count and returns the attempt to the address', async () => {
    const limiter = createSignInLimiter(LIMITS);
    for (let n = 0; n < LIMITS.perEmail - 1; n++) await limiter.reserve('a@x.local', 'one');
    await limiter.reserve('a@x.local', 'one');
    await limiter.succeeded('a@x.local', 'one');
    for (let n = 0; n < LIMITS.perEmail - 1; n++) await limiter.reserve('a@x.local', 'two');
    await expect(limiter.reserve('a@x.local', 'three')).resolves.toBeUndefined();

    for (let n = 0; n < LIMITS.perAddress; n++) await limiter.reserve(`u${n}@x.local`, 'busy');
    await expect(limiter.reserve('c@x.local', 'busy')).rejects.toBeInstanceOf(SignInRateLimited);
  });

  test('an attempt the server could not judge is given back', async () => {
    const limiter = createSignInLimiter(LIMITS);
    for (let n = 0; n < LIMITS.perEmail + 2; n++) {
      await limiter.reserve('a@x.local', 'flaky');
      await limiter.release('a@x.local', 'flaky');
    }
    await expect(limiter.reserve('a@x.local', 'flaky')).resolves.toBeUndefined();
  });
});
