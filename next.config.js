// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const createPwaPlugin = require('@ducanh2912/next-pwa').default;
const { runtimeCaching } = require('./lib/pwa/runtime-caching.js');

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  // Messages are compiled at build time, so shoppers' phones do not download an ICU parser.
  experimental: {
    messages: {
      path: './lib/i18n/messages',
      format: 'json',
      locales: ['id', 'en'],
      precompile: true,
    },
  },
});

// The service worker is a webpack plugin: `next build --webpack` (package.json "build"). It is
// built for production only; `npm run dev` has none, so a developer never debugs a stale cache.
const withPWA = createPwaPlugin({
  disable: process.env.NODE_ENV === 'development',
  dest: 'public',
  // Of public/, the icons and small images are shell; store screenshots (for install dialogs) and the
  // demo shop's photos are not: photos are cached when a shopper sees them.
  publicExcludes: ['!noprecache/**/*', '!screenshots/**/*', '!images/demo/**/*'],
  // components/pwa/pwa-root.tsx registers /sw.js itself after the page has loaded (see below).
  register: false,
  // A new worker waits until the shopper taps "Reload" in the update prompt (worker/index.ts).
  workboxOptions: {
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching,
    // Precache the shopper's build files; the business app's pages and the route handlers' chunks
    // are not part of a shopper's shell.
    exclude: [
      /\.map$/,
      /^manifest.*\.js$/,
      /\/_next\/static\/.*(?<!\.p)\.woff2/,
      /^static\/chunks\/app\/(?:business|api|media)\//,
    ],
  },
  // "/" and "/c/<slug>" are cached by the "pages" rule on each visit, never precached at build
  // time: their HTML comes from the server and the catalog with them.
  cacheStartUrl: false,
  dynamicStartUrl: false,
  // The outbox decides what to do when the network returns; a forced reload would interrupt it.
  reloadOnOnline: false,
  cacheOnFrontEndNav: false,
  // app/~offline/page.tsx is found by next-pwa and precached as the document fallback.
  extendDefaultRuntimeCaching: false,
});

/**
 * next-pwa puts its registration script (with workbox-window, about 3 KiB compressed) in front of
 * every page's first-load JavaScript. The shopper chat has no room for it (docs/PERFORMANCE.md), and
 * the few lines Obrol needs are in components/pwa/pwa-root.tsx, so the entry is taken out again.
 * @param {import('next').NextConfig} config
 * @returns {import('next').NextConfig}
 */
function withoutPwaRegistrationScript(config) {
  const webpack = config.webpack;
  if (!webpack) return config;
  return {
    ...config,
    webpack(webpackConfig, context) {
      const result = webpack(webpackConfig, context);
      const entry = result.entry;
      if (typeof entry !== 'function') return result;
      result.entry = async () => {
        const entries = await entry();
        for (const name of ['main.js', 'main-app']) {
          const list = entries[name];
          if (Array.isArray(list))
            entries[name] = list.filter(
              (file) => !/next-pwa[\\/]dist[\\/]sw-entry\.js$/.test(file),
            );
        }
        return entries;
      };
      return result;
    },
  };
}

/**
 * next-intl's client runtime (about 3.8 KiB compressed, with the memoizer it uses) is shared by the
 * root layout and every page, but is under webpack's 20 kB minimum for a shared chunk, so each entry
 * got its own copy and the chat downloaded it twice. One named chunk for it, in the browser build.
 * @type {NonNullable<import('next').NextConfig['webpack']>}
 */
function shareIntlRuntime(webpackConfig, { isServer, dev }) {
  const splitChunks = webpackConfig.optimization?.splitChunks;
  if (isServer || dev || !splitChunks || !splitChunks.cacheGroups) return webpackConfig;
  splitChunks.cacheGroups.intl = {
    name: 'intl',
    test: /[\\/]node_modules[\\/](?:next-intl|use-intl|@formatjs[\\/]fast-memoize)[\\/]/,
    chunks: 'all',
    priority: 35,
    enforce: true,
  };
  return webpackConfig;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  webpack: shareIntlRuntime,
  reactStrictMode: true,
  poweredByHeader: false,
  // WASM and native parts stay outside the bundle, loaded by Node as they are.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'kysely-pglite-dialect', 'argon2'],
  images: {
    formats: ['image/avif', 'image/webp'],
  },
  async headers() {
    // The worker itself must never come from the HTTP cache, or updates would be missed.
    return [{ source: '/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] }];
  },
};

module.exports = withNextIntl(withoutPwaRegistrationScript(withPWA(nextConfig)));
