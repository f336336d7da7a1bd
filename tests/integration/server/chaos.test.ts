// Issue 7's chaos test, small: shoppers' connections drop at random and the server is killed with
// SIGKILL mid-run, yet every acked message is stored once, reaches the agent once, without gaps and
// in each shopper's order. The full run is `npm run bench:chaos`.
import { formatChaos, runChaos } from '../../../bench/chaos/driver';

jest.setTimeout(150_000);

test('5 shoppers, 500 messages, random drops and a SIGKILL restart: nothing acked is lost or duplicated, no seq gaps, order kept', async () => {
  const result = await runChaos({
    shoppers: 5,
    messages: 500,
    dropEveryMs: [300, 1_500],
    restarts: 1,
    ackTimeoutMs: 5_000,
    // Under jest's own limit, so a stuck run still kills its server and says why.
    timeLimitMs: 140_000,
  });
  console.log(formatChaos(result));

  expect(result.errors).toEqual([]);
  expect(result.restarts).toBe(1);
  expect(result).toMatchObject({
    sent: 500,
    acked: 500,
    stored: 500,
    duplicates: 0,
    agentDuplicates: 0,
    lost: 0,
    gaps: 0,
    outOfOrder: 0,
    agentMissing: 0,
  });
});
