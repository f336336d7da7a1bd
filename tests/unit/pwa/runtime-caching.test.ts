import { runtimeCaching, type RuntimeCachingRule } from '@/lib/pwa/runtime-caching';

const ORIGIN = 'https://obrol.example';

/** The rule Workbox would use: the first whose pattern matches, as in the generated sw.js. */
function ruleFor(path: string, mode: RequestMode | 'navigate' = 'cors', origin = ORIGIN) {
  const url = new URL(path, origin);
  const request = { mode, url: url.toString() } as Request;
  return runtimeCaching.find((rule) =>
    rule.urlPattern({ url, request, sameOrigin: url.origin === ORIGIN }),
  );
}

function acceptsForCache(
  rule: RuntimeCachingRule | undefined,
  response: Response,
  path = '/c/demo',
) {
  const plugin = rule?.options.plugins?.find((candidate) => candidate.cacheWillUpdate);
  if (!plugin?.cacheWillUpdate) throw new Error('rule has no cacheWillUpdate');
  const request = new Request(new URL(path, ORIGIN));
  return plugin.cacheWillUpdate({ request, response }).then((result) => result !== null);
}

describe('service worker runtime caching', () => {
  test.each([
    '/socket.io/?EIO=4&transport=polling',
    '/api/auth/me',
    '/api/auth/sign-in',
    '/api/business/media',
    '/business',
    '/business/settings/team',
  ])('%s is network-only, never cached', (path) => {
    expect(ruleFor(path)?.handler).toBe('NetworkOnly');
    expect(ruleFor(path, 'navigate')?.handler).toBe('NetworkOnly');
  });

  test('the business app pages are not mistaken for the public catalog API, and back', () => {
    expect(ruleFor('/api/businesses/demo/catalog')?.options.cacheName).toBe('catalog');
    expect(ruleFor('/businesses')?.handler).toBeUndefined();
  });

  test('catalog and images: stale-while-revalidate, only when the server allows caching', async () => {
    const catalog = ruleFor('/api/businesses/demo/catalog');
    expect(catalog?.handler).toBe('StaleWhileRevalidate');
    for (const path of ['/_next/image?url=%2Fmedia%2Fx&w=96&q=75', '/media/abc', '/images/a.svg'])
      expect(ruleFor(path)?.options.cacheName).toBe('images');
    const cacheable = new Response('{}', { headers: { 'Cache-Control': 'public, max-age=30' } });
    const privateOne = new Response('{}', { headers: { 'Cache-Control': 'private, max-age=30' } });
    const noStore = new Response('{}', { headers: { 'Cache-Control': 'no-store' } });
    await expect(acceptsForCache(catalog, cacheable)).resolves.toBe(true);
    await expect(acceptsForCache(catalog, privateOne)).resolves.toBe(false);
    await expect(acceptsForCache(catalog, noStore)).resolves.toBe(false);
    await expect(acceptsForCache(ruleFor('/media/abc'), noStore)).resolves.toBe(false);
  });

  test('the shopper pages: network first, one entry per page whatever the query', async () => {
    for (const path of ['/', '/?source=pwa', '/c/demo', '/c/demo?product=KOPI-1'])
      expect(ruleFor(path, 'navigate')?.options.cacheName).toBe('pages');
    const pages = ruleFor('/c/demo', 'navigate');
    expect(pages?.handler).toBe('NetworkFirst');
    const key = pages?.options.plugins?.find((plugin) => plugin.cacheKeyWillBeUsed);
    await expect(
      key?.cacheKeyWillBeUsed?.({ request: new Request(`${ORIGIN}/c/demo?product=KOPI-1`) }),
    ).resolves.toBe(`${ORIGIN}/c/demo`);
  });

  test('a page is cached only as a 200 HTML answer, never a redirect or an error', async () => {
    const pages = ruleFor('/c/demo', 'navigate');
    const html = { 'Content-Type': 'text/html; charset=utf-8' };
    await expect(acceptsForCache(pages, new Response('<p>', { headers: html }))).resolves.toBe(
      true,
    );
    await expect(
      acceptsForCache(pages, new Response('<p>', { status: 404, headers: html })),
    ).resolves.toBe(false);
    await expect(
      acceptsForCache(
        pages,
        new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
      ),
    ).resolves.toBe(false);
  });

  test('a landing through a link is not kept: its text and click ids count once', async () => {
    const pages = ruleFor('/c/demo', 'navigate');
    const page = () => new Response('<p>', { headers: { 'Content-Type': 'text/html' } });
    for (const query of ['?text=Halo', '?utm_campaign=x', '?product=a&fbclid=1', '?ref=Ab12cd34'])
      await expect(acceptsForCache(pages, page(), `/c/demo${query}`)).resolves.toBe(false);
    await expect(acceptsForCache(pages, page(), '/c/demo?product=a')).resolves.toBe(true);
  });

  test('other pages, fetches of page data and other origins are not cached', () => {
    expect(ruleFor('/c/demo/other', 'navigate')?.handler).toBe('NetworkOnly');
    expect(ruleFor('/~offline', 'navigate')?.handler).toBe('NetworkOnly');
    expect(ruleFor('/c/demo?_rsc=abc')).toBeUndefined();
    expect(ruleFor('/media/abc', 'cors', 'https://elsewhere.example')).toBeUndefined();
  });
});
