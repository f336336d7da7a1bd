// Decides whether `npm start` must build first: no build yet, or sources newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The one way Obrol is built (package.json "build" says the same): webpack, because the service
 * worker comes from next-pwa, a webpack plugin.
 */
export const BUILD_COMMAND: readonly [string, ...string[]] = ['npx', 'next', 'build', '--webpack'];

const SOURCES = [
  'app',
  'components',
  'lib',
  'worker',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

// public/ is a source too, except for the service worker files the build itself writes there.
const GENERATED_IN_PUBLIC = /^(?:sw\.js|(?:workbox|worker|fallback|swe-worker)-.+\.js)(?:\.map)?$/;

function newestPublicMtime(dir: string): number {
  const publicDir = path.join(dir, 'public');
  if (!existsSync(publicDir)) return 0;
  return readdirSync(publicDir)
    .filter((name) => !GENERATED_IN_PUBLIC.test(name))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(publicDir, name))), 0);
}

export function needsBuild(dir: string): boolean {
  const buildId = path.join(dir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return (
    SOURCES.some((source) => newestMtime(path.join(dir, source)) > builtAt) ||
    newestPublicMtime(dir) > builtAt
  );
}
