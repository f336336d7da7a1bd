import { chooseInstallOffer, type InstallContext } from '@/lib/client/pwa/install-offer';
import { isIosSafari } from '@/lib/client/pwa/platform';
import {
  CHROME_ANDROID,
  CHROME_IOS,
  FACEBOOK_IOS,
  INSTAGRAM_IOS,
  SAFARI_IOS,
  SAFARI_IPADOS,
} from '../../support/user-agents';

const ordinary: InstallContext = {
  inAppBrowser: false,
  standalone: false,
  iosSafari: false,
  installState: 'unavailable',
};

describe('which install help a page offers', () => {
  test('the install button only once the browser offered the install prompt', () => {
    expect(chooseInstallOffer(ordinary)).toBe('none');
    expect(chooseInstallOffer({ ...ordinary, installState: 'available' })).toBe('prompt');
  });

  test('iOS Safari gets the Add to Home Screen steps', () => {
    expect(chooseInstallOffer({ ...ordinary, iosSafari: true })).toBe('ios');
  });

  test('in-app browsers get only the hint, never an install prompt', () => {
    expect(chooseInstallOffer({ ...ordinary, inAppBrowser: true, installState: 'available' })).toBe(
      'in-app',
    );
  });

  test('nothing once installed or opened from the home screen', () => {
    expect(chooseInstallOffer({ ...ordinary, installState: 'installed' })).toBe('none');
    expect(chooseInstallOffer({ ...ordinary, standalone: true, iosSafari: true })).toBe('none');
    expect(chooseInstallOffer({ ...ordinary, standalone: true, inAppBrowser: true })).toBe('none');
  });
});

describe('iOS Safari detection', () => {
  test('Safari on iPhone, and on iPad (which says Macintosh but has touch)', () => {
    expect(isIosSafari(SAFARI_IOS)).toBe(true);
    expect(isIosSafari(SAFARI_IPADOS, 5)).toBe(true);
  });

  test('not Safari on a Mac, Chrome on iOS, in-app browsers or Android', () => {
    expect(isIosSafari(SAFARI_IPADOS, 0)).toBe(false);
    expect(isIosSafari(CHROME_IOS)).toBe(false);
    expect(isIosSafari(FACEBOOK_IOS)).toBe(false);
    expect(isIosSafari(INSTAGRAM_IOS)).toBe(false);
    expect(isIosSafari(CHROME_ANDROID)).toBe(false);
  });
});
