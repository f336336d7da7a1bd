// The chat this device used last, so the installed app opens straight to it (the manifest's
// start_url is "/?source=pwa"), with or without a network.

export const LAST_CHAT_KEY = 'obrol:last-chat';

/** Called by the offline layer whenever it keeps a conversation the server opened. */
export function rememberLastChat(businessSlug: string): void {
  try {
    window.localStorage.setItem(LAST_CHAT_KEY, businessSlug);
  } catch {
    // Storage blocked: the app opens to the shop list instead.
  }
}

/**
 * Runs while the HTML is parsed, before any bundle loads, on the pages start_url can land on (the
 * home page, or the offline page when the home page was never cached): a launch from the home
 * screen goes on to the last chat at once. A plain "/" visit is left alone.
 */
export const RESUME_LAST_CHAT_SCRIPT = `try{var s=localStorage.getItem(${JSON.stringify(
  LAST_CHAT_KEY,
)});if(s&&/^[a-z0-9-]{1,64}$/.test(s)&&new URLSearchParams(location.search).get("source")==="pwa")location.replace("/c/"+s)}catch(e){}`;
