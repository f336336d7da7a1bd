// The chat page records a link open for a shopper who arrives through a link: one per page served
// with campaign fields, none for a preview crawler, and bad parameters cut or ignored, never stored
// as sent. Runs the production server; the store is read once the server has stopped.
import { openStore } from '@/lib/store/connect';
import { removeDataDir, startAppServer, type AppServer } from '../../support/app-server';
import { CHROME_ANDROID } from '../../support/user-agents';

jest.setTimeout(180_000);

const FACEBOOK_CRAWLER =
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
const UUID = /"openId":"([0-9a-f-]{36})"/;

describe('link opens recorded by the chat page', () => {
  let server: AppServer | undefined;

  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  async function page(query: string, userAgent = CHROME_ANDROID): Promise<string> {
    if (!server) throw new Error('no server');
    const response = await fetch(`${server.url}/c/demo?${query}`, {
      headers: { 'user-agent': userAgent },
    });
    expect(response.status).toBe(200);
    // The page's payload escapes quotes inside its script tags.
    return (await response.text()).replaceAll('\\"', '"');
  }

  test('one open per arrival through a link, none for crawlers or plain visits; bad parameters are cut or ignored', async () => {
    server = await startAppServer();

    const plain = await page('utm_campaign=x&utm_source=instagram&fbclid=IwAR-click');
    const openId = UUID.exec(plain)?.[1];
    expect(openId).toBeDefined();

    expect(UUID.test(await page('utm_campaign=x', FACEBOOK_CRAWLER))).toBe(false);
    expect(UUID.test(await page('utm_campaign=x', 'Twitterbot/1.0'))).toBe(false);
    expect(UUID.test(await page('text=Halo&product=kopi-arabika-gayo'))).toBe(false);
    // Only malformed campaign fields: nothing counts.
    expect(UUID.test(await page(`fbclid=${'x'.repeat(600)}&ref=no%2Fslashes&src=billboard`))).toBe(
      false,
    );

    const oversized = await page(
      [
        `utm_campaign=${'c'.repeat(300)}`,
        'utm_source=a',
        'utm_source=b',
        'ref=bad%2Fref',
        'fbclid=has%20space',
        `text=${'a'.repeat(5000)}`,
        'ctwa_clid=%00nul',
      ].join('&'),
    );
    const oversizedId = UUID.exec(oversized)?.[1];
    expect(oversizedId).toBeDefined();
    // The composer gets the text cut at 1,000 characters (the router's copy of the address aside).
    expect(/"prefill":"(a*)"/.exec(oversized)?.[1]).toHaveLength(1000);

    await server.stop();
    const store = await openStore({ dataDir: server.dataDir });
    try {
      const opens = await store.db
        .selectFrom('link_opens')
        .selectAll()
        .orderBy('opened_at')
        .execute();
      expect(opens.map((open) => open.id)).toEqual([openId, oversizedId]);
      expect(opens[0]).toMatchObject({
        utm_campaign: 'x',
        utm_source: 'instagram',
        source_type: 'link',
        fbclid: null,
        source_url: '/c/demo?utm_campaign=x&utm_source=instagram',
      });
      expect(opens[1]).toMatchObject({
        utm_campaign: 'c'.repeat(100),
        utm_source: '',
        ref: '',
        fbclid: null,
        ctwa_clid: null,
      });
    } finally {
      await store.close();
    }
  });
});
