// Where the page runs: an installed app, iOS Safari (installs only by hand), or a normal tab.

/**
 * iOS Safari itself, not another browser on iOS (they say CriOS, FxiOS, EdgiOS…) nor an app's
 * web view. iPadOS Safari says "Macintosh" but has a touch screen.
 */
export function isIosSafari(userAgent: string, maxTouchPoints = 0): boolean {
  const ios = /\b(?:iPhone|iPad|iPod)\b/.test(userAgent);
  const ipadOs = /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
  if (!ios && !ipadOs) return false;
  return (
    /\bVersion\/[\d.]+.*\bSafari\//.test(userAgent) &&
    !/\b(?:CriOS|FxiOS|EdgiOS|OPiOS|GSA|YaBrowser|DuckDuckGo)\//.test(userAgent)
  );
}

/** Opened from the home screen (an installed PWA), where install prompts make no sense. */
export function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}
