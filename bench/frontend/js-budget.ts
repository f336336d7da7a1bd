// JavaScript transferred on the first load of /c/demo, beside a minimal Next.js page built with the
// same next and react in the same run. Target: at most 1.25 times the minimal page.
import { chromium } from 'playwright-core';
import { CHROMIUM as CHROMIUM_PATH, CHROMIUM_ARGS } from '../../tests/support/chromium';
import type { FrontendServers } from './servers';

export const JS_BUDGET_RATIO = 1.25;

export interface JsBudgetResult {
  obrolBytes: number;
  minimalBytes: number;
  ratio: number;
  target: number;
  pass: boolean;
  scripts: { obrol: number; minimal: number };
}

/** Sums the encoded (compressed, as sent) body sizes of every script the page loads. */
async function measureScripts(url: string): Promise<{ bytes: number; count: number }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script')
        sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const all = await Promise.all(sizes);
    return { bytes: all.reduce((sum, size) => sum + size, 0), count: all.length };
  } finally {
    await browser.close();
  }
}

export async function measureJsBudget(servers: FrontendServers): Promise<JsBudgetResult> {
  const chat = await measureScripts(`${servers.obrolUrl}/c/demo`);
  const baseline = await measureScripts(`${servers.minimalUrl}/`);
  const ratio = chat.bytes / baseline.bytes;
  return {
    obrolBytes: chat.bytes,
    minimalBytes: baseline.bytes,
    ratio,
    target: JS_BUDGET_RATIO,
    pass: ratio <= JS_BUDGET_RATIO,
    scripts: { obrol: chat.count, minimal: baseline.count },
  };
}
