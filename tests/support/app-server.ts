// Runs the real server.ts (production build, Next and socket.io on one port) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AGENT_COOKIE } from '@/lib/identity/cookie-names';
import { connect, type TestSocket } from './clients';
import { OWNER_EMAIL, OWNER_PASSWORD } from './seed';
import { TEST_SECRET } from './realtime';
import { createTestStore, databaseUrlOf, type StoreKind } from './store';

export interface AppServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Graceful stop (SIGTERM). */
  stop(): Promise<void>;
  /** Sudden death, as in a crash or an OOM kill. */
  kill(): Promise<void>;
}

export interface AppServerOptions {
  dataDir?: string;
  databaseUrl?: string;
  env?: Record<string, string>;
}

export async function makeDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'obrol-test-'));
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const { DATABASE_URL: _ignored, NODE_OPTIONS: _jestOptions, ...inherited } = process.env;
  // Node itself runs server.ts (tsx as a loader, not a wrapper process), so a SIGKILL reaches the
  // server and not just a parent that would leave it running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: process.cwd(),
    env: {
      ...inherited,
      NODE_ENV: 'production',
      PORT: '0',
      HOSTNAME: '127.0.0.1',
      OBROL_DATA_DIR: dataDir,
      OBROL_SECRET: TEST_SECRET,
      OBROL_OWNER_EMAIL: OWNER_EMAIL,
      OBROL_OWNER_PASSWORD: OWNER_PASSWORD,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(options.databaseUrl && { DATABASE_URL: options.databaseUrl }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never said it was ready must not outlive the test that started it.
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Starts the server on a fresh store of `kind`: PGlite in its own data directory, or a PostgreSQL
 * database of its own (the server seeds it as on a first start). `dispose` stops the server and
 * removes both.
 */
export async function startAppServerOn(
  kind: StoreKind,
  options: AppServerOptions = {},
): Promise<{ server: AppServer; dispose(): Promise<void> }> {
  const database = kind === 'postgres' ? await createTestStore('postgres') : undefined;
  const databaseUrl = database ? await databaseUrlOf(database) : undefined;
  const server = await startAppServer({ ...options, ...(databaseUrl && { databaseUrl }) });
  return {
    server,
    dispose: async () => {
      await server.stop();
      await removeDataDir(server.dataDir);
      await database?.close();
    },
  };
}

/**
 * Starts the server on a store prepared first: one start migrates and seeds a fresh PGlite
 * directory, `prepare` writes to it while no server holds it, and the server starts again on it.
 */
export async function startPreparedAppServer<T>(
  prepare: (dataDir: string) => Promise<T>,
): Promise<{ server: AppServer; prepared: T }> {
  const first = await startAppServer();
  await first.stop();
  const prepared = await prepare(first.dataDir);
  return { server: await startAppServer({ dataDir: first.dataDir }), prepared };
}

/** Signs an agent in over HTTP, as the inbox would, and returns the agent cookie. */
export async function signInAgent(
  server: AppServer,
  email: string,
  password: string,
): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith(`${AGENT_COOKIE}=`))
    ?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed with ${response.status}`);
  return cookie;
}

/** Signs the demo owner in over HTTP and returns the agent cookie. */
export function signInOwner(server: AppServer): Promise<string> {
  return signInAgent(server, OWNER_EMAIL, OWNER_PASSWORD);
}

/** Signs the demo owner in and connects their agent socket. */
export async function connectOwnerAgent(server: AppServer): Promise<TestSocket> {
  return connect(server.url, { role: 'agent', cookie: await signInOwner(server) });
}
