import { runtimeCaching } from '@/lib/pwa/runtime-caching';

const ORIGIN = 'https://obrol.example';

function ruleFor(path: string, mode: RequestMode | 'navigate') {
  const url = new URL(path, ORIGIN);
  const request = { mode, url: url.toString() } as Request;
  return runtimeCaching.find((rule) => rule.urlPattern({ url, request, sameOrigin: true }));
}

describe('link previews and the service worker', () => {
  test('card images are left to the network: no rule of the worker caches them', () => {
    for (const path of ['/og/c/demo?lang=id&v=abc', '/og/c/demo?product=KOPI-1&lang=en'])
      for (const mode of ['cors', 'no-cors', 'same-origin'] as const)
        expect(ruleFor(path, mode)).toBeUndefined();
  });

  test('a short link is never answered from the cache: it always reaches the server', () => {
    expect(ruleFor('/l/AbCd1234', 'navigate')?.handler).toBe('NetworkOnly');
  });
});
