// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

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

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // WASM and native parts stay outside the bundle, loaded by Node as they are.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'kysely-pglite-dialect', 'argon2'],
  images: {
    formats: ['image/avif', 'image/webp'],
  },
};

module.exports = withNextIntl(nextConfig);
