import { isOtherBuild } from '@/lib/client/pwa/update-store';

describe('build comparison on server:hello', () => {
  test('another build on the server means this page is old', () => {
    expect(isOtherBuild('build-a', 'build-b')).toBe(true);
  });

  test('the same build, or a page that does not know its build, is not', () => {
    expect(isOtherBuild('build-a', 'build-a')).toBe(false);
    expect(isOtherBuild(undefined, 'build-a')).toBe(false);
    expect(isOtherBuild('', 'build-a')).toBe(false);
  });
});
