// The link builder end to end: the owner makes a link for an Instagram ad at laptop size, a
// shopper follows its short link on a phone and lands in the chat, and a disabled or unknown
// short link answers a friendly 404.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { removeDataDir, startAppServer, type AppServer } from '../support/app-server';
import { describeInChromium, expectAccessible, launchBrowser, visible } from '../support/browser';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../support/seed';

jest.setTimeout(180_000);

const AD_TEXT = 'Halo, saya lihat iklan kopi Gayo. Masih ada?';

describeInChromium('the link builder', () => {
  let server: AppServer;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let owner: Page;
  let shortLink = '';
  const shopperContexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    ownerContext = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    await ownerContext.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url,
    });
    owner = await ownerContext.newPage();
  });

  afterEach(async () => {
    for (const context of shopperContexts.splice(0)) await context.close();
  });

  afterAll(async () => {
    await ownerContext?.close();
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  async function newShopper(): Promise<Page> {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    });
    shopperContexts.push(context);
    return context.newPage();
  }

  const ownerButton = (name: string) => owner.getByRole('button', { name, exact: true });

  test('the owner makes a link for an Instagram ad with a product and text, and copies it', async () => {
    await owner.goto(`${server.url}/business`);
    await owner.getByRole('textbox', { name: 'Email' }).fill(OWNER_EMAIL);
    await owner.getByLabel('Password').fill(OWNER_PASSWORD);
    await ownerButton('Sign in').click();
    await owner.getByRole('link', { name: 'Links', exact: true }).click();
    await visible(owner.getByRole('heading', { name: 'Make a link' }));
    await expectAccessible(owner);

    // Without a name nothing is made, and the field says why.
    await ownerButton('Create link').click();
    await visible(owner.getByText('Give the link a name: one line, at most 100 characters.'));

    await owner.getByRole('textbox', { name: 'Name' }).fill('Kopi Gayo – Instagram ad');
    await owner.getByRole('radio', { name: 'Ad', exact: true }).check();
    await owner
      .getByRole('combobox', { name: 'Product (optional)' })
      .selectOption({ label: 'Kopi Arabika Gayo 200 g' });
    await owner.getByRole('textbox', { name: 'Prefilled message (optional)' }).fill(AD_TEXT);
    await owner.getByRole('combobox', { name: 'Source (utm_source)' }).fill('instagram');
    await owner.getByRole('textbox', { name: 'Medium (utm_medium)' }).fill('paid_social');
    await owner.getByRole('textbox', { name: 'Campaign (utm_campaign)' }).fill('kopi-desember');
    await owner.getByRole('textbox', { name: 'Ad ID (ad_id)' }).fill('120210000000042');
    await ownerButton('Create link').click();

    const result = owner.getByRole('region', { name: '“Kopi Gayo – Instagram ad” is ready' });
    await visible(result);
    shortLink = await result.getByRole('textbox', { name: 'Short link' }).inputValue();
    expect(shortLink).toMatch(new RegExp(`^${server.url}/l/[A-Za-z0-9]{8}$`));
    const code = shortLink.split('/l/')[1]!;
    const full = new URL(await result.getByRole('textbox', { name: 'Full link' }).inputValue());
    expect(full.pathname).toBe('/c/demo');
    expect(Object.fromEntries(full.searchParams)).toEqual({
      text: AD_TEXT,
      product: 'kopi-arabika-gayo',
      utm_source: 'instagram',
      utm_medium: 'paid_social',
      utm_campaign: 'kopi-desember',
      ad_id: '120210000000042',
      ref: code,
    });

    await visible(result.getByRole('img', { name: `QR code for ${shortLink}?src=qr` }));
    await visible(result.getByRole('link', { name: 'Download PNG' }));
    await visible(result.getByRole('link', { name: 'Download SVG' }));

    await result.getByRole('button', { name: 'Copy link', exact: true }).click();
    await visible(result.getByText('Copied', { exact: true }));
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(shortLink);

    const list = owner.getByRole('region', { name: 'Your links' });
    await visible(list.getByRole('heading', { name: 'Kopi Gayo – Instagram ad' }));
    await visible(list.getByText(shortLink, { exact: true }));
    await expectAccessible(owner);
  });

  test('a shopper who opens the short link lands in the chat with its product and text', async () => {
    const shopper = await newShopper();
    const response = await shopper.goto(shortLink);
    const landed = new URL(response!.request().url());
    const redirect = await response!.request().redirectedFrom()?.response();
    expect(redirect?.status()).toBe(307);
    expect(landed.pathname).toBe('/c/demo');
    expect(landed.searchParams.get('text')).toBe(AD_TEXT);
    expect(landed.searchParams.get('product')).toBe('kopi-arabika-gayo');
    expect(landed.searchParams.get('utm_source')).toBe('instagram');
    expect(landed.searchParams.get('ref')).toBe(shortLink.split('/l/')[1]);

    // The product opens first; behind it the composer holds the ad's text, not yet sent.
    await visible(shopper.getByRole('heading', { name: 'Kopi Arabika Gayo 200 g' }));
    await shopper.keyboard.press('Escape');
    const composer = shopper.getByRole('textbox', { name: 'Message' });
    await visible(composer);
    await composer.evaluate(
      (element, text) =>
        new Promise<void>((resolve) => {
          const check = () =>
            (element as HTMLTextAreaElement).value === text
              ? resolve()
              : requestAnimationFrame(check);
          check();
        }),
      AD_TEXT,
    );

    // A QR scan keeps its mark on the way in.
    const scanned = await (await newShopper()).goto(`${shortLink}?src=qr`);
    expect(new URL(scanned!.request().url()).searchParams.get('src')).toBe('qr');
  });

  test('a link-preview crawler gets a page to read, not a redirect', async () => {
    const crawled = await fetch(shortLink, {
      redirect: 'manual',
      headers: {
        'user-agent': 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      },
    });
    expect(crawled.status).toBe(200);
    expect(await crawled.text()).toContain('Griya Nusantara');
    const followed = await fetch(shortLink, { redirect: 'manual' });
    expect(followed.status).toBe(307);
    expect(followed.headers.get('location')).toMatch(/^\/c\/demo\?text=/);
  });

  test('a disabled short link answers a friendly 404 that still leads to the chat', async () => {
    const list = owner.getByRole('region', { name: 'Your links' });
    await list.getByRole('button', { name: 'Disable Kopi Gayo – Instagram ad' }).click();
    await visible(list.getByRole('button', { name: 'Enable Kopi Gayo – Instagram ad' }));
    await visible(list.getByText('Disabled', { exact: true }));

    const shopper = await newShopper();
    const response = await shopper.goto(shortLink);
    expect(response?.status()).toBe(404);
    await visible(shopper.getByRole('heading', { name: 'This link is no longer active' }));
    await visible(shopper.getByRole('link', { name: 'Chat with Griya Nusantara' }));
    await expectAccessible(shopper);

    await owner.getByRole('button', { name: 'Rename Kopi Gayo – Instagram ad' }).click();
    await owner
      .getByRole('textbox', { name: 'New name for Kopi Gayo – Instagram ad' })
      .fill('Kopi Gayo – ended');
    await ownerButton('Save').click();
    await visible(list.getByRole('heading', { name: 'Kopi Gayo – ended' }));
  });

  test('the links page works on a 360 px phone too', async () => {
    await owner.setViewportSize({ width: 360, height: 740 });
    await owner.goto(`${server.url}/business/links`);
    await visible(owner.getByRole('button', { name: 'Create link', exact: true }));
    await visible(owner.getByRole('heading', { name: 'Kopi Gayo – ended' }));
    // The page itself fits; the shell's navigation bar is not this page's to judge.
    const main = owner.getByRole('main');
    const overflow = await main.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBe(0);
    const widest = await main.evaluate((element) =>
      Math.max(...[...element.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(360);
    await expectAccessible(owner);
  });

  test('an unknown short code is a 404 with generic not-found text', async () => {
    const shopper = await newShopper();
    const response = await shopper.goto(`${server.url}/l/Zz9Zz9Zz`);
    expect(response?.status()).toBe(404);
    await visible(shopper.getByRole('heading', { name: "We couldn't find this link" }));
    await visible(shopper.getByRole('link', { name: 'See all shops' }));
    await expectAccessible(shopper);
  });
});
