// Integration and end-to-end tests run the production build: make it once if it is missing or stale.
import { spawnSync } from 'node:child_process';
import { BUILD_COMMAND, needsBuild } from '../../lib/build-check';

export default function globalSetup(): void {
  const dir = process.cwd();
  if (!needsBuild(dir)) return;
  console.log(`\nBuilding the app for the tests (${BUILD_COMMAND.slice(1).join(' ')})…`);
  const [command, ...args] = BUILD_COMMAND;
  const result = spawnSync(command, args, {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}
