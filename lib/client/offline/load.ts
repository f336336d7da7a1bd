// Loads the offline layer (IndexedDB, outbox, device cache) on demand, so it stays out of the
// chat's first-load JavaScript. Resolves to null where IndexedDB cannot be opened: the chat then
// works online only, as before.
import type { OfflineSession } from './session';

const sessions = new Map<string, Promise<OfflineSession | null>>();

export function loadOffline(businessSlug: string): Promise<OfflineSession | null> {
  let session = sessions.get(businessSlug);
  if (!session) {
    session = import('./session')
      .then((module) => module.openOfflineSession(businessSlug))
      .catch(() => null);
    sessions.set(businessSlug, session);
  }
  return session;
}
