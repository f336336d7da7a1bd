import { parseEnv } from '@/lib/env';
import { publicOrigin } from '@/lib/http/public-origin';

// Next's types declare NODE_ENV always set; parseEnv must also cope with an environment without it.
function environment(variables: Record<string, string>): NodeJS.ProcessEnv {
  return variables as NodeJS.ProcessEnv;
}

function headers(values: Record<string, string>) {
  return new Headers(values);
}

describe('publicOrigin', () => {
  test('OBROL_PUBLIC_URL wins over what the request says', () => {
    expect(publicOrigin(headers({ host: 'evil.example' }), 'https://chat.example.com')).toBe(
      'https://chat.example.com',
    );
  });

  test('unset: the host the request was sent to, over http', () => {
    expect(publicOrigin(headers({ host: '127.0.0.1:3000' }), undefined)).toBe(
      'http://127.0.0.1:3000',
    );
  });

  test('https when the proxy in front says so', () => {
    expect(
      publicOrigin(
        headers({ host: 'Chat.Example.com', 'x-forwarded-proto': 'https, http' }),
        undefined,
      ),
    ).toBe('https://chat.example.com');
  });

  test.each(['evil.example/"><script>', 'a b', 'x@y', ''])(
    'a host header that is no host (%s) is never echoed',
    (host) => {
      expect(publicOrigin(headers({ host }), undefined)).toBe('http://localhost');
    },
  );
});

describe('OBROL_PUBLIC_URL', () => {
  test('is kept as an origin, without a trailing slash or path', () => {
    const env = parseEnv(environment({ OBROL_PUBLIC_URL: 'https://chat.example.com/' }));
    expect(env.OBROL_PUBLIC_URL).toBe('https://chat.example.com');
  });

  test('empty means unset', () => {
    expect(parseEnv(environment({ OBROL_PUBLIC_URL: ' ' })).OBROL_PUBLIC_URL).toBeUndefined();
  });

  test.each(['chat.example.com', 'ftp://chat.example.com'])('%s stops start-up', (value) => {
    expect(() => parseEnv(environment({ OBROL_PUBLIC_URL: value }))).toThrow(
      /OBROL_PUBLIC_URL: OBROL_PUBLIC_URL must be an http\(s\) origin/,
    );
  });
});
