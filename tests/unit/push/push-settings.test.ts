import webPush from 'web-push';
import { parseEnv } from '@/lib/env';

const parse = (variables: Record<string, string>) => parseEnv(variables as NodeJS.ProcessEnv);

describe('push settings', () => {
  test('loopback endpoints are off unless a test or developer turns them on', () => {
    expect(parse({}).OBROL_PUSH_ALLOW_LOOPBACK).toBe(false);
    expect(parse({ OBROL_PUSH_ALLOW_LOOPBACK: 'true' }).OBROL_PUSH_ALLOW_LOOPBACK).toBe(true);
    expect(() => parse({ OBROL_PUSH_ALLOW_LOOPBACK: 'yes' })).toThrow(/OBROL_PUSH_ALLOW_LOOPBACK/);
  });

  test('VAPID keys from web-push are accepted as a pair', () => {
    const { publicKey, privateKey } = webPush.generateVAPIDKeys();
    const env = parse({ OBROL_VAPID_PUBLIC_KEY: publicKey, OBROL_VAPID_PRIVATE_KEY: privateKey });
    expect(env.OBROL_VAPID_PUBLIC_KEY).toBe(publicKey);
    expect(env.OBROL_VAPID_PRIVATE_KEY).toBe(privateKey);
  });

  test('one key without the other, or a malformed key, stops the start', () => {
    const { publicKey, privateKey } = webPush.generateVAPIDKeys();
    expect(() => parse({ OBROL_VAPID_PUBLIC_KEY: publicKey })).toThrow(/together/);
    expect(() =>
      parse({ OBROL_VAPID_PUBLIC_KEY: publicKey.slice(1), OBROL_VAPID_PRIVATE_KEY: privateKey }),
    ).toThrow(/OBROL_VAPID_PUBLIC_KEY/);
    expect(() =>
      parse({ OBROL_VAPID_PUBLIC_KEY: publicKey, OBROL_VAPID_PRIVATE_KEY: `${privateKey}=` }),
    ).toThrow(/OBROL_VAPID_PRIVATE_KEY/);
  });

  test('the subject must be a mailto: or https: contact', () => {
    expect(parse({ OBROL_VAPID_SUBJECT: 'mailto:ops@example.com' }).OBROL_VAPID_SUBJECT).toBe(
      'mailto:ops@example.com',
    );
    expect(() => parse({ OBROL_VAPID_SUBJECT: 'ops@example.com' })).toThrow(/OBROL_VAPID_SUBJECT/);
  });
});
