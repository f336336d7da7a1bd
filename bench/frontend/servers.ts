// The two production servers the front-end figures are taken from, built and started once per run:
// Obrol (server.ts on a fresh PGlite data directory) and a minimal Next.js page built with the same
// next and react.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BUILD_COMMAND } from '../../lib/build-check';

/** `next build --webpack`: the arguments of lib/build-check.ts's BUILD_COMMAND after `npx next`. */
const BUILD_ARGS = BUILD_COMMAND.slice(2);

export interface FrontendServers {
  /** Obrol's origin, e.g. http://127.0.0.1:41234 */
  obrolUrl: string;
  minimalUrl: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}:\n${output}`)),
      ms,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${output}`));
    });
  });
}

/** Built inside the project (in the git-ignored results folder) so it resolves the same next and react. */
async function buildMinimalApp(root: string): Promise<string> {
  const dir = path.join(root, 'bench/results/minimal-app');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(root, 'bench/frontend/minimal-app'), dir, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'minimal', private: true }),
  );
  await writeFile(
    path.join(dir, 'next.config.js'),
    `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  // The same bundler and flags as Obrol's own build, so the comparison measures the app, not webpack
  // against Turbopack.
  const build = spawnSync(path.join(root, 'node_modules/.bin/next'), BUILD_ARGS, {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(`minimal app build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return dir;
}

export async function startFrontendServers(root: string): Promise<FrontendServers> {
  const build = spawnSync(path.join(root, 'node_modules/.bin/next'), BUILD_ARGS, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`Obrol build failed:\n${build.stdout}\n${build.stderr}`);
  const minimalDir = await buildMinimalApp(root);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'obrol-bench-data-'));
  const [obrolPort, minimalPort] = [await freePort(), await freePort()];
  const obrol = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(obrolPort),
      HOSTNAME: '127.0.0.1',
      OBROL_DATA_DIR: dataDir,
      OBROL_OWNER_PASSWORD: 'bench-password',
      DATABASE_URL: '',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const minimal = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '-p', String(minimalPort), '-H', '127.0.0.1'],
    {
      cwd: minimalDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const close = async () => {
    obrol.kill('SIGTERM');
    minimal.kill('SIGTERM');
    await rm(minimalDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([
      waitForOutput(obrol, /ready on/, 120_000),
      waitForOutput(minimal, /Ready|started server/i, 60_000),
    ]);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    obrolUrl: `http://127.0.0.1:${obrolPort}`,
    minimalUrl: `http://127.0.0.1:${minimalPort}`,
    close,
  };
}
