// Hints the shopper closed stay closed on this device.
export type Dismissible = 'ios-install' | 'in-app-hint';

const key = (hint: Dismissible) => `obrol:dismissed:${hint}`;

export function isDismissed(hint: Dismissible): boolean {
  try {
    return window.localStorage.getItem(key(hint)) === '1';
  } catch {
    return false; // Storage blocked (some in-app browsers): show the hint, it can still be closed.
  }
}

export function dismiss(hint: Dismissible): void {
  try {
    window.localStorage.setItem(key(hint), '1');
  } catch {
    // Not remembered; the component hides it for this page anyway.
  }
}
