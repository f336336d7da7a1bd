import { createSignInLimiter, SignInRateLimited } from '@/lib/identity/sign-in-limits';

const LIMITS = { perEmail: 3, perAddress: 5, windowSeconds: 60 };

describe('sign-in limits', () => {
  test('an account is refused once its failures reach the limit, with the time left', async () => {
    const limiter = createSignInLimiter(LIMITS);
    for (let n = 0; n < LIMITS.perEmail; n++) {
      await limiter.assertAllowed('a@x.local', `addr-${n}`);
      await limiter.recordFailure('a@x.local', `addr-${n}`);
    }
    const refusal = await limiter.assertAllowed(' A@X.local ', 'fresh').catch((error) => error);
    expect(refusal).toBeInstanceOf(SignInRateLimited);
    expect(refusal.code).toBe('RATE_LIMITED');
    expect(refusal.retryAfterSeconds).toBeGreaterThan(0);
    expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(60);
    await expect(limiter.assertAllowed('b@x.local', 'fresh')).resolves.toBeUndefined();
  });

  test('success clears the account counter but not the address counter', async () => {
    const limiter = createSignInLimiter(LIMITS);
    for (let n = 0; n < LIMITS.perEmail - 1; n++) await limiter.recordFailure('a@x.local', 'one');
    await limiter.recordSuccess('a@x.local');
    for (let n = 0; n < LIMITS.perEmail - 1; n++) await limiter.recordFailure('a@x.local', 'two');
    await expect(limiter.assertAllowed('a@x.local', 'three')).resolves.toBeUndefined();

    for (let n = 0; n < LIMITS.perAddress; n++)
      await limiter.recordFailure(`u${n}@x.local`, 'busy');
    await expect(limiter.assertAllowed('c@x.local', 'busy')).rejects.toBeInstanceOf(
      SignInRateLimited,
    );
  });
});
