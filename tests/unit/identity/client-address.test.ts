import { resolveClientAddress } from '@/lib/identity/client-address';

describe('the client address used for sign-in limits', () => {
  test('without a trusted proxy, X-Forwarded-For is ignored: anyone can write it', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', false)).toBe('203.0.113.9');
  });

  test('behind a trusted proxy, the last X-Forwarded-For entry: the one the proxy appended', () => {
    expect(resolveClientAddress('10.0.0.1', '1.1.1.1, 198.51.100.7', true)).toBe('198.51.100.7');
    expect(resolveClientAddress('10.0.0.1', ['1.1.1.1', ' 198.51.100.8 '], true)).toBe(
      '198.51.100.8',
    );
  });

  test('a trusted proxy that sent no header leaves the peer address; no address at all is "unknown"', () => {
    expect(resolveClientAddress('10.0.0.1', undefined, true)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', ' , ', true)).toBe('10.0.0.1');
    expect(resolveClientAddress(undefined, undefined, false)).toBe('unknown');
  });
});
