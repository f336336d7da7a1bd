// Which install help, if any, this page should offer. Pure, so the rules are tested on their own.
import type { InstallState } from './install-prompt';

/** prompt: Chromium's install dialog; ios: "Add to Home Screen" steps; in-app: open a browser. */
export type InstallOffer = 'none' | 'prompt' | 'ios' | 'in-app';

export interface InstallContext {
  inAppBrowser: boolean;
  standalone: boolean;
  iosSafari: boolean;
  installState: InstallState;
}

export function chooseInstallOffer(context: InstallContext): InstallOffer {
  if (context.standalone || context.installState === 'installed') return 'none';
  // In-app browsers can neither install nor keep push subscriptions: no prompts there, only a hint.
  if (context.inAppBrowser) return 'in-app';
  if (context.installState === 'available') return 'prompt';
  if (context.iosSafari) return 'ios';
  return 'none';
}
