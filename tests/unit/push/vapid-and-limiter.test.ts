import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLimiter } from '@/lib/push/limiter';
import { loadVapidKeys } from '@/lib/push/vapid';

describe('loadVapidKeys', () => {
  let dataDir = '';
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'obrol-vapid-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const subject = 'mailto:owner@demo.local';

  test('generates a key pair once into the data directory and reuses it', async () => {
    const first = await loadVapidKeys({ subject, dataDir });
    expect(first.publicKey).toMatch(/^B[A-Za-z0-9_-]{86}$/);
    expect(first.privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await loadVapidKeys({ subject, dataDir })).toEqual(first);
    expect(JSON.parse(await readFile(path.join(dataDir, 'vapid.json'), 'utf8'))).toEqual({
      publicKey: first.publicKey,
      privateKey: first.privateKey,
    });
  });

  test('keys from the environment win and nothing is written', async () => {
    const keys = { publicKey: 'B'.repeat(87), privateKey: 'p'.repeat(43) };
    expect(await loadVapidKeys({ subject, dataDir, ...keys })).toEqual({ subject, ...keys });
    await expect(readFile(path.join(dataDir, 'vapid.json'))).rejects.toThrow(/ENOENT/);
  });

  test('two starts at once end with one key pair', async () => {
    const [a, b] = await Promise.all([
      loadVapidKeys({ subject, dataDir }),
      loadVapidKeys({ subject, dataDir }),
    ]);
    expect(a).toEqual(b);
  });

  test('a damaged key file stops the start instead of being silently replaced', async () => {
    await writeFile(path.join(dataDir, 'vapid.json'), 'not json');
    await expect(loadVapidKeys({ subject, dataDir })).rejects.toThrow(/does not hold a VAPID key/);
  });
});

test('the limiter never runs more than its maximum at once, and runs everything', async () => {
  const limit = createLimiter(2);
  let running = 0;
  let peak = 0;
  const task = async (value: number) => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    return value;
  };
  const results = await Promise.all([1, 2, 3, 4, 5, 6].map((value) => limit(() => task(value))));
  expect(results).toEqual([1, 2, 3, 4, 5, 6]);
  expect(peak).toBe(2);
});
