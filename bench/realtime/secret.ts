/** Signs the bench's shopper and agent cookies; the server under test verifies them with it. */
export const BENCH_SECRET = 'bench-secret-long-enough-for-cookie-signing';
