// When the chat may offer notifications: a pure function of what the page knows, so the rules are
// tested without a browser. Asking on page load, in an in-app browser, again soon after "Not now",
// or once the browser has blocked us would only teach shoppers to say no.

export const SNOOZE_MS = 14 * 24 * 60 * 60 * 1000;
export const SNOOZE_KEY = 'obrol.push.snoozedUntil';

export interface PushPromptState {
  /** Notification, PushManager and service workers all exist here. */
  supported: boolean;
  /** Facebook's or Instagram's in-app browser: no install, no push prompts. */
  inAppBrowser: boolean;
  permission: NotificationPermission;
  /** The shopper sent a message since this page was opened. */
  sentThisVisit: boolean;
  /** From "Not now": no card before this time (ms since 1970), or null. */
  snoozedUntil: number | null;
  now: number;
}

/**
 * 'offer': show the explanation card. 'sync': permission is already granted, so (re)subscribe
 * quietly and tell the server; no prompt is shown. 'none': do nothing.
 */
export type PushDecision = 'offer' | 'sync' | 'none';

export function decidePush(state: PushPromptState): PushDecision {
  if (!state.supported || state.inAppBrowser) return 'none';
  if (state.permission === 'granted') return 'sync';
  if (state.permission === 'denied') return 'none';
  if (!state.sentThisVisit) return 'none';
  if (state.snoozedUntil !== null && state.now < state.snoozedUntil) return 'none';
  return 'offer';
}

/** Reads the "Not now" time; storage may be missing or full of junk. */
export function readSnooze(storage: Pick<Storage, 'getItem'> | null): number | null {
  const value = Number(storage?.getItem(SNOOZE_KEY) ?? Number.NaN);
  return Number.isFinite(value) ? value : null;
}
