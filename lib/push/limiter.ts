// Runs at most `max` tasks at once; the rest wait in order. Keeps a burst of replies from opening
// hundreds of connections to push services at the same moment.
export function createLimiter(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];

  // A finishing task hands its slot straight to the next waiter, so no newcomer can slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (running < max) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
}
