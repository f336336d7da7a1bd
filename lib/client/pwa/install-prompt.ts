// Keeps the browser's beforeinstallprompt event so an "Install app" button can use it later.
// Chromium fires the event once, early, and only for a page that passes its installability check.

/** Chromium's event; not in TypeScript's DOM types. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallState = 'unavailable' | 'available' | 'installed';

let deferred: BeforeInstallPromptEvent | null = null;
let state: InstallState = 'unavailable';
const listeners = new Set<() => void>();

function setState(next: InstallState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Called once per page, as early as possible (components/pwa/pwa-root.tsx). */
export function captureInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Without preventDefault Chromium may show its own mini-infobar over the chat.
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    setState('available');
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    setState('installed');
  });
}

export function subscribeInstallState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getInstallState(): InstallState {
  return state;
}

/** Shows the browser's install dialog; the event can be used only once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred;
  if (!event) return 'unavailable';
  deferred = null;
  await event.prompt();
  const { outcome } = await event.userChoice;
  setState(outcome === 'accepted' ? 'installed' : 'unavailable');
  return outcome;
}
