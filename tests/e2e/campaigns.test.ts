// The Campaigns page in Chromium: the owner signs in, opens Campaigns and reads the figures seeded
// in the store as a table and a chart, switches ranges, downloads the CSV, and the page passes axe.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatMoney } from '@/lib/i18n/money';
import { lastDays } from '@/lib/reports/report-range';
import { openStore } from '@/lib/store/connect';
import { removeDataDir, startPreparedAppServer, type AppServer } from '../support/app-server';
import { describeInChromium, expectAccessible, launchBrowser, visible } from '../support/browser';
import { recordOpens, seedAcceptedReferralOrder } from '../support/campaigns';
import { demoBusinessId, OWNER_EMAIL, OWNER_PASSWORD } from '../support/seed';

jest.setTimeout(180_000);

/** Ten opens of one Lebaran ad, one carried into a chat that brought an accepted order. */
async function seedReport(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir });
  const businessId = await demoBusinessId(store);
  const [carried] = await recordOpens(store, businessId, 8, { campaign: 'lebaran', adId: 'ad-42' });
  await recordOpens(store, businessId, 2, { campaign: 'lebaran', content: '=1+1' });
  await seedAcceptedReferralOrder(store, businessId, carried ?? '', 250_000);
  await store.close();
}

describeInChromium('the campaign report page', () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server } = await startPreparedAppServer(seedReport));
    browser = await launchBrowser();
    context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('the owner reads the table and chart, switches range and downloads the CSV', async () => {
    await page.goto(`${server.url}/business`);
    await page.getByRole('textbox', { name: 'Email' }).fill(OWNER_EMAIL);
    await page.getByLabel('Password').fill(OWNER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Campaigns', level: 1 }));

    // The last 7 days in Jakarta, today included.
    const week = lastDays(7, 'Asia/Jakarta');
    await expectDateInputs(page, week);
    const table = page.getByRole('table', { name: /^Campaigns and ads,/ });
    await visible(table);
    const campaignRow = table.getByRole('row', { name: /^lebaran/ });
    await expectCells(campaignRow, ['10', '1', '1', '1', formatMoney(250_000, 'IDR', 'en')]);
    await expectCells(campaignRow, ['10%', '100%', '10%'], 5);
    await expectCells(table.getByRole('row', { name: /^Ad: ad-42/ }), ['8', '1', '1', '1']);
    await expectCells(table.getByRole('row', { name: /^Ad: =1\+1/ }), ['2', '0', '0', '0']);
    await visible(page.getByRole('img', { name: 'Link opens, chats and orders per day' }));
    await expectAccessible(page);

    // A preset shows its range at once; the seeded day is still inside it.
    await page.getByRole('button', { name: 'Last 30 days' }).click();
    await expectDateInputs(page, lastDays(30, 'Asia/Jakarta'));
    await visible(page.getByRole('table', { name: /^Campaigns and ads,/ }));
    await expectCells(campaignRow, ['10', '1']);

    // A range with nothing in it shows the empty state; the end before the start is refused.
    await page.getByLabel('From', { exact: true }).fill('2025-01-01');
    await page.getByLabel('To', { exact: true }).fill('2025-01-31');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Nothing from your links in these dates' }));
    await page.getByLabel('From', { exact: true }).fill('2025-02-10');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByText('The end date must be on or after the start date.'));
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Last 7 days' }).click();
    const link = page.getByRole('link', { name: 'Download CSV' });
    await visible(link);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`obrol-campaigns-${week.from}-${week.to}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFCampaign,Ad,Link opens,')).toBe(true);
    expect(csv).toContain("\r\nlebaran,'=1+1,2,0,0,0,0,");
    expect(csv).toContain('\r\nlebaran,ad-42,8,1,1,1,250000,');
  });

  test('at 360 px the page content fits; the table scrolls in its own region', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    const region = page.getByRole('region', { name: /^Campaigns and ads,/ });
    await visible(region);
    // The page's own content (inside main) fits; only the table's region scrolls sideways.
    const main = await page
      .getByRole('main')
      .evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(main.scroll).toBeLessThanOrEqual(main.client);
    const table = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(table).toBe(true);
    await expectAccessible(page);
  });
});

async function expectDateInputs(page: Page, range: { from: string; to: string }) {
  expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(range.from);
  expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(range.to);
}

/** The row's data cells, from `offset`, begin with `values` (waits for them to show). */
async function expectCells(row: ReturnType<Page['getByRole']>, values: string[], offset = 0) {
  await visible(row);
  const cells = row.getByRole('cell');
  for (const [index, value] of values.entries()) {
    const exact = new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await visible(cells.nth(offset + index).filter({ hasText: exact }));
  }
}
