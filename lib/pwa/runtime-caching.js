// @ts-check
// What the service worker caches while the app runs (Workbox runtimeCaching, used by next.config.js).
// The first matching rule wins. Workbox copies each function into the generated sw.js as source
// text, so every function here must stand alone: no imports, no outer variables.
//
// Privacy: the worker's caches belong to one browser profile on one device, like an HTTP cache
// entry marked `private`. Still, nothing that carries an account's private data is cached:
// - sign-in, the business app and its API, and socket.io traffic are network-only;
// - catalog data and images are cached only when the server marks them cacheable (neither
//   `private` nor `no-store`);
// - the two shopper pages, "/" and "/c/<slug>", are cached although Next.js marks every dynamic
//   page `no-store`: that is its blanket default for server-rendered HTML, not a statement about
//   the content. Their HTML holds the public business profile and directory and the language the
//   device chose; the shopper's session is an httpOnly cookie (Set-Cookie never reaches a service
//   worker's cache) and the conversation arrives over the socket. A page that ever embeds a
//   shopper's own data must leave this list.

/** @typedef {{ url: URL; request: Request; sameOrigin: boolean }} MatchContext */

/** Never answered from or written to a cache. */
const networkOnly = {
  /** @param {MatchContext} context */
  urlPattern: ({ url, sameOrigin }) =>
    sameOrigin && /^\/(?:socket\.io|api\/auth|api\/business|business)(?:\/|$)/.test(url.pathname),
  handler: 'NetworkOnly',
  // Options, even empty, let next-pwa add its offline-page fallback for failed navigations.
  options: {},
};

// The cacheWillUpdate check is written out in each rule on purpose: the build serialises every
// function into the service worker on its own, so a helper they shared would not exist there.

/** Catalog JSON: shown at once from the device, refreshed behind it. */
const catalog = {
  /** @param {MatchContext} context */
  urlPattern: ({ url, sameOrigin }) =>
    sameOrigin && /^\/api\/businesses\/[^/]+\/catalog$/.test(url.pathname),
  handler: 'StaleWhileRevalidate',
  options: {
    cacheName: 'catalog',
    expiration: { maxEntries: 32, maxAgeSeconds: 30 * 24 * 60 * 60 },
    plugins: [
      {
        /** @param {{ response: Response }} param */
        cacheWillUpdate: async ({ response }) =>
          response.status === 200 &&
          !/private|no-store/i.test(response.headers.get('Cache-Control') ?? '')
            ? response
            : null,
      },
    ],
  },
};

/** Product photos, avatars and the image optimiser's output. */
const images = {
  /** @param {MatchContext} context */
  urlPattern: ({ url, sameOrigin }) =>
    sameOrigin && /^\/(?:_next\/image|media\/|images\/)/.test(url.pathname),
  handler: 'StaleWhileRevalidate',
  options: {
    cacheName: 'images',
    expiration: { maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60 },
    plugins: [
      {
        /** @param {{ response: Response }} param */
        cacheWillUpdate: async ({ response }) =>
          response.status === 200 &&
          !/private|no-store/i.test(response.headers.get('Cache-Control') ?? '')
            ? response
            : null,
      },
    ],
  },
};

/** Hashed build files that were not precached (their names change with their content). */
const nextStatic = {
  /** @param {MatchContext} context */
  urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
  handler: 'CacheFirst',
  options: { cacheName: 'next-static', expiration: { maxEntries: 200 } },
};

/** The shopper pages: fresh from the network, from the device when it is slow or gone. */
const shopperPages = {
  /** @param {MatchContext} context */
  urlPattern: ({ url, request, sameOrigin }) =>
    sameOrigin && request.mode === 'navigate' && /^\/(?:c\/[^/]+\/?)?$/.test(url.pathname),
  handler: 'NetworkFirst',
  options: {
    cacheName: 'pages',
    networkTimeoutSeconds: 5,
    expiration: { maxEntries: 30 },
    plugins: [
      {
        // One entry per page, whatever the query ("?source=pwa", "?product=…"): the page is the
        // same chat; the query only chooses what opens first.
        /** @param {{ request: Request }} param */
        cacheKeyWillBeUsed: async ({ request }) => {
          const url = new URL(request.url);
          return url.origin + url.pathname;
        },
      },
      {
        // A landing through a link embeds that arrival (its prefilled text, its click ids): it
        // counts once and is never kept for a later visit.
        /** @param {{ request: Request; response: Response }} param */
        cacheWillUpdate: async ({ request, response }) =>
          response.status === 200 &&
          !response.redirected &&
          (response.headers.get('Content-Type') ?? '').startsWith('text/html') &&
          !/[?&](?:text|utm_[a-z]+|ad_id|fbclid|ctwa_clid|ref|src)=/.test(
            new URL(request.url).search,
          )
            ? response
            : null,
      },
    ],
  },
};

/** Any other page: network only, with the offline page (app/~offline) when it fails. */
const otherPages = {
  /** @param {MatchContext} context */
  urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  handler: 'NetworkOnly',
  options: {},
};

const runtimeCaching = [networkOnly, catalog, images, nextStatic, shopperPages, otherPages];

module.exports = { runtimeCaching };
