// Child process entry: the load generator. Runs apart from the server under test, so the two do
// not share an event loop, and reports raw observations back to the runner.
import { performance } from 'node:perf_hooks';
import type { FromLoad, LoadConfig, ToLoad, TrafficPhase } from './ipc';
import { connectAgent, connectShoppers, type BenchSocket } from './load/clients';
import { runTraffic } from './load/traffic';

/** Resolves once the message is handed over, so exiting right after it does not lose it. */
function reply(message: FromLoad): Promise<void> {
  return new Promise((resolve) => {
    if (!process.connected || !process.send) return resolve();
    process.send(message, () => resolve());
  });
}

/** The runner's next command: a phase of traffic to run, or null when it is done with us. */
function nextCommand(): Promise<TrafficPhase | null> {
  return new Promise((resolve) => {
    const listener = (raw: unknown) => {
      const message = raw as ToLoad;
      if (message.type !== 'go' && message.type !== 'stop') return;
      process.off('message', listener);
      resolve(message.type === 'go' ? message.phase : null);
    };
    process.on('message', listener);
  });
}

async function run(config: LoadConfig): Promise<void> {
  const sockets: BenchSocket[] = [];
  try {
    const began = performance.now();
    const agent = await connectAgent(config);
    sockets.push(agent);
    const shoppers = await connectShoppers(config);
    sockets.push(...shoppers.map((shopper) => shopper.socket));
    const connectMs = performance.now() - began;
    let command = nextCommand();
    await reply({ type: 'connected', connectMs });
    for (let phase = await command; phase; phase = await command) {
      const observed = await runTraffic(config, phase, agent, shoppers, {
        onWindowStart: () => void reply({ type: 'window-start' }),
        onWindowEnd: () => void reply({ type: 'window-end' }),
      });
      command = nextCommand();
      await reply({ type: 'result', result: { connectMs, ...observed } });
    }
  } finally {
    for (const socket of sockets) socket.close();
  }
}

process.once('message', (raw) => {
  const message = raw as ToLoad;
  if (message.type !== 'start') return;
  // Bounded whatever happens to the runner.
  setTimeout(() => process.exit(2), message.config.lifetimeMs).unref();
  run(message.config).then(
    () => process.exit(0),
    async (error: unknown) => {
      await reply({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
