// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

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
