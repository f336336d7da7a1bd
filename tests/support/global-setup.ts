// Integration and end-to-end tests run the production build: make it once if it is missing or stale.
import { spawnSync } from 'node:child_process';
import { needsBuild } from '../../lib/build-check';

export default function globalSetup(): void {
  const dir = process.cwd();
  if (!needsBuild(dir)) return;
  console.log('\nBuilding the app for the tests (next build)…');
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}
