import { parseEnv } from '@/lib/env';

// Next's types declare NODE_ENV always set; parseEnv must also cope with an environment without it.
function environment(variables: Record<string, string>): NodeJS.ProcessEnv {
  return variables as NodeJS.ProcessEnv;
}

function parseError(variables: Record<string, string>): string {
  try {
    parseEnv(environment(variables));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('parseEnv accepted an environment it should refuse');
}

describe('parseEnv', () => {
  test('an empty environment gets the defaults: port 3000, ./data, owner@demo.local', () => {
    const env = parseEnv(environment({}));
    expect(env.PORT).toBe(3000);
    expect(env.OBROL_DATA_DIR).toBe('./data');
    expect(env.OBROL_OWNER_EMAIL).toBe('owner@demo.local');
    expect(env.NODE_ENV).toBe('production');
    expect(env.OBROL_LOG_LEVEL).toBe('info');
    expect(env.OBROL_ALLOWED_ORIGINS).toEqual([]);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OBROL_SECRET).toBeUndefined();
  });

  test('reads PORT as a number', () => {
    expect(parseEnv(environment({ PORT: '8080' })).PORT).toBe(8080);
  });

  test.each(['abc', '70000', '-1', '80.5'])(
    'a bad PORT (%s) throws an error naming PORT',
    (port) => {
      expect(parseError({ PORT: port })).toMatch(/^Invalid environment:\n {2}PORT: /);
    },
  );

  test('an OBROL_SECRET shorter than 32 characters throws an error naming OBROL_SECRET', () => {
    expect(parseError({ OBROL_SECRET: 'short' })).toContain(
      'OBROL_SECRET: OBROL_SECRET must be at least 32 characters',
    );
  });

  test('an OBROL_SECRET of 32 characters is kept; a blank one counts as unset', () => {
    expect(parseEnv(environment({ OBROL_SECRET: 's'.repeat(32) })).OBROL_SECRET).toBe(
      's'.repeat(32),
    );
    expect(parseEnv(environment({ OBROL_SECRET: '   ' })).OBROL_SECRET).toBeUndefined();
  });

  test('OBROL_ALLOWED_ORIGINS is split on commas, trimmed, and loses trailing slashes', () => {
    expect(
      parseEnv(
        environment({ OBROL_ALLOWED_ORIGINS: ' https://shop.example/ ,https://admin.example ' }),
      ).OBROL_ALLOWED_ORIGINS,
    ).toEqual(['https://shop.example', 'https://admin.example']);
  });

  test('a postgres:// or postgresql:// DATABASE_URL is accepted', () => {
    expect(
      parseEnv(environment({ DATABASE_URL: 'postgres://obrol@db.internal:5432/obrol' }))
        .DATABASE_URL,
    ).toBe('postgres://obrol@db.internal:5432/obrol');
    expect(
      parseEnv(environment({ DATABASE_URL: 'postgresql://obrol@db.internal/obrol' })).DATABASE_URL,
    ).toBe('postgresql://obrol@db.internal/obrol');
  });

  test.each(['mysql://root@localhost/obrol', 'https://db.example/obrol', 'not a url'])(
    'a DATABASE_URL that is not PostgreSQL (%s) is rejected, naming DATABASE_URL',
    (url) => {
      expect(parseError({ DATABASE_URL: url })).toContain('DATABASE_URL: ');
    },
  );

  test('a blank DATABASE_URL means PGlite', () => {
    expect(parseEnv(environment({ DATABASE_URL: '' })).DATABASE_URL).toBeUndefined();
  });

  test('an invalid owner email and a short owner password are refused, naming each variable', () => {
    const message = parseError({
      OBROL_OWNER_EMAIL: 'not-an-email',
      OBROL_OWNER_PASSWORD: 'short',
    });
    expect(message).toContain('OBROL_OWNER_EMAIL: ');
    expect(message).toContain(
      'OBROL_OWNER_PASSWORD: OBROL_OWNER_PASSWORD must be at least 8 characters',
    );
  });
});
