// Recognises the in-app browsers of Facebook and Instagram from the user agent. Pure, so the
// server, the client and the tests can all ask. Inside these browsers a page cannot be installed
// and push permission is unreliable, so the app offers neither and hints to open a real browser.

export type InAppBrowser = 'facebook' | 'instagram';

// Facebook's apps (and Messenger) add "[FBAN/…" on iOS and "[FB_IAB/FB4A;FBAV/…" on Android.
const FACEBOOK = /\bFBAN\/|\bFBAV\/|\bFB_IAB\//;
// Instagram adds "Instagram <version>" after the WebKit/Chrome part, on both platforms.
const INSTAGRAM = /\bInstagram\s\d/;

/** Which in-app browser this user agent belongs to, or null for an ordinary browser. */
export function detectInAppBrowser(userAgent: string): InAppBrowser | null {
  // Instagram first: its Android WebView is built on Facebook's and may carry FB tokens too.
  if (INSTAGRAM.test(userAgent)) return 'instagram';
  if (FACEBOOK.test(userAgent)) return 'facebook';
  return null;
}

export function isInAppBrowser(userAgent: string): boolean {
  return detectInAppBrowser(userAgent) !== null;
}
