// Whether this open page is older than what the server now runs, and why. Shared by the service
// worker registration, the chat's socket (server:hello, UPGRADE_REQUIRED) and the update prompt.

/** worker: a new service worker is waiting; build: the server runs another build; protocol:
 * the server refused this page's protocol version. */
export type UpdateReason = 'worker' | 'build' | 'protocol';

let reason: UpdateReason | null = null;
const listeners = new Set<() => void>();

export function announceUpdate(next: UpdateReason): void {
  if (reason !== null) return;
  reason = next;
  listeners.forEach((listener) => listener());
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getUpdateReason(): UpdateReason | null {
  return reason;
}

/** True when the server's build differs from the one that rendered this page. */
export function isOtherBuild(renderedBuildId: string | undefined, serverBuildId: string): boolean {
  return Boolean(renderedBuildId) && renderedBuildId !== serverBuildId;
}

/** The build that rendered this document: app/layout.tsx writes it on <html data-build-id>. */
export function renderedBuildId(): string | undefined {
  return document.documentElement.dataset.buildId;
}

/** Compares the server's build (from its server:hello) with this page's, and says so if they differ. */
export function checkServerBuild(serverBuildId: string): void {
  if (isOtherBuild(renderedBuildId(), serverBuildId)) announceUpdate('build');
}
