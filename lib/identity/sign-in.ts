// Sign-in as the route runs it: count the attempt and refuse a used-up account or address before
// touching the password.
import type { Kysely } from 'kysely';
import { AppError } from '../protocol/errors';
import type { Database } from '../store/schema';
import { signInAgent } from './agent-auth';
import type { SignInLimiter } from './sign-in-limits';

export async function signInWithLimits(
  db: Kysely<Database>,
  limiter: SignInLimiter,
  attempt: { email: string; password: string; address: string },
): ReturnType<typeof signInAgent> {
  await limiter.reserve(attempt.email, attempt.address);
  try {
    const result = await signInAgent(db, attempt.email, attempt.password);
    await limiter.succeeded(attempt.email, attempt.address);
    return result;
  } catch (error) {
    // A wrong email or password keeps its count; anything else was not a guess.
    if (!(error instanceof AppError && error.code === 'UNAUTHORIZED')) {
      await limiter.release(attempt.email, attempt.address);
    }
    throw error;
  }
}
