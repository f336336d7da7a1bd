// Debian's Chromium driven by playwright-core. Without Chromium, e2e tests skip with a clear
// message, except under CI=true, where .ci/run has installed it and they must run.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

import { CHROMIUM, CHROMIUM_ARGS as ARGS } from './chromium';

export { CHROMIUM };

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run must install chromium`);
  console.warn(`Skipping end-to-end tests: ${CHROMIUM} not found (apt-get install -y chromium).`);
  return false;
}

/** `describe` when Chromium is present, `describe.skip` (with the warning above) when it is not. */
export const describeInChromium: jest.Describe = chromiumAvailable() ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A non-incognito profile in a fresh temporary directory (service worker, install, push).
 * `args` adds Chromium flags to the usual ones.
 */
export async function launchPersistent({ args = [] }: { args?: string[] } = {}): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'obrol-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...args],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Fails with the list of serious or critical axe-core violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(blocking).toEqual([]);
}

/** Waits until the first element the locator finds is visible (web-first, no fixed sleeps). */
export async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

export async function hidden(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout });
}

/**
 * Waits until `probe` resolves true, asking again every 100 ms. For checks made with an async
 * page.evaluate: Playwright's waitForFunction does not await a returned promise (a promise is
 * truthy), so an async predicate there passes at once.
 */
export async function eventually(
  probe: () => Promise<boolean>,
  { timeout = 20_000, what = 'the check' }: { timeout?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what} did not pass within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
