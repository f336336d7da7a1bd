import { detectInAppBrowser, isInAppBrowser } from '@/lib/client/pwa/in-app-browser';
import {
  CHROME_ANDROID,
  CHROME_DESKTOP,
  FACEBOOK_ANDROID,
  FACEBOOK_IOS,
  INSTAGRAM_ANDROID,
  INSTAGRAM_IOS,
  SAFARI_IOS,
  SAMSUNG_INTERNET,
} from '../../support/user-agents';

describe('in-app browser detection', () => {
  test.each([
    ['Facebook on Android', FACEBOOK_ANDROID, 'facebook'],
    ['Facebook on iOS', FACEBOOK_IOS, 'facebook'],
    ['Instagram on Android', INSTAGRAM_ANDROID, 'instagram'],
    ['Instagram on iOS', INSTAGRAM_IOS, 'instagram'],
  ])('%s is an in-app browser', (_name, userAgent, app) => {
    expect(detectInAppBrowser(userAgent)).toBe(app);
    expect(isInAppBrowser(userAgent)).toBe(true);
  });

  test.each([
    ['Chrome on Android', CHROME_ANDROID],
    ['Chrome on the desktop', CHROME_DESKTOP],
    ['Safari on iOS', SAFARI_IOS],
    ['Samsung Internet', SAMSUNG_INTERNET],
    ['an empty user agent', ''],
  ])('%s is not', (_name, userAgent) => {
    expect(detectInAppBrowser(userAgent)).toBeNull();
    expect(isInAppBrowser(userAgent)).toBe(false);
  });
});
