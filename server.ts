// Obrol's one process: Next.js and socket.io on one http server and one port.
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { loadEnvConfig } from '@next/env';
import { BUILD_COMMAND, needsBuild } from './lib/build-check';
import { env } from './lib/env';
import { createAppHttpServer } from './lib/http/app-server';
import { loadSecret } from './lib/identity/secret';
import { logError, logInfo } from './lib/log';
import { createPushService } from './lib/push/push.service';
import { loadVapidKeys } from './lib/push/vapid';
import { createRealtime } from './lib/realtime/create-realtime';
import { setRuntime } from './lib/runtime';
import { openStore } from './lib/store/connect';
import { seedDemo } from './lib/store/seed/seed';

async function main(): Promise<void> {
  const dir = process.cwd();
  loadEnvConfig(dir, process.env.NODE_ENV === 'development');
  const config = env();
  const dev = config.NODE_ENV === 'development';

  if (!dev && needsBuild(dir)) {
    logInfo('Building Obrol (first start or sources changed)…');
    const [command, ...args] = BUILD_COMMAND;
    const build = spawnSync(command, args, { stdio: 'inherit', cwd: dir });
    if (build.status !== 0) throw new Error('next build failed');
  }

  const store = await openStore({
    ...(config.DATABASE_URL
      ? { databaseUrl: config.DATABASE_URL }
      : { dataDir: config.OBROL_DATA_DIR }),
  });
  const secret = await loadSecret({
    ...(config.OBROL_SECRET && { secret: config.OBROL_SECRET }),
    dataDir: config.OBROL_DATA_DIR,
  });
  const vapid = await loadVapidKeys({
    subject: config.OBROL_VAPID_SUBJECT ?? `mailto:${config.OBROL_OWNER_EMAIL}`,
    ...(config.OBROL_VAPID_PUBLIC_KEY && { publicKey: config.OBROL_VAPID_PUBLIC_KEY }),
    ...(config.OBROL_VAPID_PRIVATE_KEY && { privateKey: config.OBROL_VAPID_PRIVATE_KEY }),
    dataDir: config.OBROL_DATA_DIR,
  });
  const seeded = await seedDemo(store.db, {
    email: config.OBROL_OWNER_EMAIL,
    ...(config.OBROL_OWNER_PASSWORD && { password: config.OBROL_OWNER_PASSWORD }),
  });
  if (seeded.generatedOwnerPassword) {
    logInfo(
      `Demo owner account created: ${config.OBROL_OWNER_EMAIL} / ${seeded.generatedOwnerPassword}\n` +
        'This password is shown only once. Set OBROL_OWNER_PASSWORD to choose your own.',
    );
  }

  const { server, closeNext } = await createAppHttpServer({
    dev,
    dir,
    ...(config.HOSTNAME && { hostname: config.HOSTNAME }),
    port: config.PORT,
    secret,
    trustProxy: config.OBROL_TRUST_PROXY,
  });
  const io = createRealtime(server, {
    db: store.db,
    secret,
    allowedOrigins: config.OBROL_ALLOWED_ORIGINS,
    log: logError,
    push: createPushService({
      vapid,
      allowLoopback: config.OBROL_PUSH_ALLOW_LOOPBACK,
      log: logError,
    }),
  });
  setRuntime({ store, io, secret });

  server.listen(config.PORT, config.HOSTNAME, () => {
    const { port } = server.address() as AddressInfo;
    logInfo(`Obrol is ready on http://localhost:${port} (store: ${store.kind})`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logInfo(`${signal} received, closing…`);
    // Requests in flight get a few seconds to finish; then the connections still open (a stream,
    // a browser's kept-alive socket mid-request) are cut, so a restart or deploy never hangs.
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    await io.close();
    await closeNext();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

const SHUTDOWN_GRACE_MS = 5_000;

main().catch((error: unknown) => {
  logError('Obrol failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
