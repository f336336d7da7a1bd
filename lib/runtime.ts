// The one store and socket.io server of this process, shared by server.ts and the code Next bundles.
// Both module graphs run in one process; a module-level singleton would be created twice.
import type { RealtimeServer } from './realtime/types';
import type { Store } from './store/connect';

export interface Runtime {
  store: Store;
  io: RealtimeServer;
  secret: string;
}

const key = Symbol.for('obrol.runtime');
type WithRuntime = typeof globalThis & { [key]?: Runtime };

export function setRuntime(runtime: Runtime): void {
  (globalThis as WithRuntime)[key] = runtime;
}

export function getRuntime(): Runtime {
  const runtime = (globalThis as WithRuntime)[key];
  if (!runtime)
    throw new Error('Obrol runtime is not started: run the app through server.ts (npm start).');
  return runtime;
}
