// Sign-in, sessions and the /business pages against the real server (production build).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { AGENT_COOKIE } from '@/lib/identity/cookie-names';
import { SIGN_IN_LIMITS } from '@/lib/identity/sign-in-limits';
import { request, shopperCookie } from '../../support/clients';
import {
  connectOwnerAgent,
  removeDataDir,
  startAppServer,
  type AppServer,
} from '../../support/app-server';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../../support/seed';

jest.setTimeout(180_000);

const AGENT_PASSWORD = 'an agent password';
let server: AppServer;

beforeAll(async () => {
  // Behind a "proxy": each test signs in from its own X-Forwarded-For address, so the per-address
  // counters of one test do not spill into the next.
  server = await startAppServer({ env: { OBROL_TRUST_PROXY: 'true' } });
  const owner = await connectOwnerAgent(server);
  for (const name of ['locked', 'reset', 'page']) {
    await request(owner, 'team:add', {
      displayName: `Agent ${name}`,
      email: `${name}@demo.local`,
      password: AGENT_PASSWORD,
    });
  }
  owner.close();
});

afterAll(async () => {
  await server.stop();
  await removeDataDir(server.dataDir);
});

function signIn(
  email: string,
  password: string,
  address: string,
  extra: Record<string, string> = {},
) {
  return fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...extra },
    body: JSON.stringify({ email, password }),
  });
}

function agentCookieOf(response: Response): string {
  const header = response.headers.getSetCookie().find((v) => v.startsWith(`${AGENT_COOKIE}=`));
  if (!header) throw new Error(`no agent cookie (status ${response.status})`);
  return header.split(';')[0] ?? '';
}

const me = (cookie?: string) =>
  fetch(`${server.url}/api/auth/me`, { headers: cookie ? { cookie } : {} });

const page = (path: string, cookie?: string) =>
  fetch(`${server.url}${path}`, {
    headers: { 'accept-language': 'en', ...(cookie && { cookie }) },
  }).then(async (response) => ({ status: response.status, html: await response.text() }));

/** Every page under app/business/, read from the tree so a new page is checked too. */
const BUSINESS_PAGES = readdirSync(path.join(process.cwd(), 'app', 'business'), { recursive: true })
  .map(String)
  .filter((file) => path.basename(file) === 'page.tsx')
  .map((file) => path.posix.join('/business', path.dirname(file).split(path.sep).join('/')))
  .sort();

const SIGN_OUT_BUTTON = /<button[^>]*>Sign out<\/button>/;
const SIGN_IN_FORM = /<input[^>]*autocomplete="current-password"/i;

test('the right password sets an httpOnly, SameSite=Lax session cookie that /api/auth/me accepts', async () => {
  const response = await signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.1.1');
  expect(response.status).toBe(200);
  const header = response.headers.getSetCookie().find((v) => v.startsWith(`${AGENT_COOKIE}=`));
  expect(header).toMatch(/; HttpOnly/i);
  expect(header).toMatch(/; SameSite=Lax/i);
  expect(header).toMatch(/; Path=\//i);
  expect(header).toMatch(/; Expires=/i);
  const body = await me(agentCookieOf(response)).then((r) => r.json());
  expect(body).toEqual({
    ok: true,
    data: expect.objectContaining({ email: OWNER_EMAIL, role: 'owner' }),
  });
});

test('a wrong password and an unknown email get the same status and the same generic error', async () => {
  const wrong = await signIn(OWNER_EMAIL, 'not the password', '10.0.2.1');
  const unknown = await signIn('nobody@demo.local', OWNER_PASSWORD, '10.0.2.1');
  expect(wrong.status).toBe(401);
  expect(unknown.status).toBe(401);
  const expected = {
    ok: false,
    error: { code: 'UNAUTHORIZED', message: 'Email or password is incorrect.' },
  };
  expect(await wrong.json()).toEqual(expected);
  expect(await unknown.json()).toEqual(expected);
  expect(wrong.headers.getSetCookie()).toEqual([]);
});

test('a shopper cookie, a forged cookie or none reach no business route or page', async () => {
  const shopper = shopperCookie();
  expect(BUSINESS_PAGES).toEqual(expect.arrayContaining(['/business', '/business/orders']));
  for (const cookie of [undefined, shopper, `${AGENT_COOKIE}=forged.value`]) {
    const response = await me(cookie);
    expect(response.status).toBe(401);
    for (const route of BUSINESS_PAGES) {
      const { status, html } = await page(route, cookie);
      expect(status).toBe(200);
      expect(html).toMatch(SIGN_IN_FORM);
      expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
      // The catalogs travel with the page; the button itself must not be there.
      expect(html).not.toMatch(SIGN_OUT_BUTTON);
      expect(html).not.toContain('owner@demo.local');
    }
  }
});

test('signed in, /business pages show the shell instead of the form; signing out ends the session', async () => {
  const cookie = agentCookieOf(await signIn('page@demo.local', AGENT_PASSWORD, '10.0.3.1'));
  const orders = await page('/business/orders', cookie);
  expect(orders.html).not.toMatch(SIGN_IN_FORM);
  expect(orders.html).toMatch(SIGN_OUT_BUTTON);
  expect(orders.html).toMatch(
    /<a[^>]*aria-current="page"[^>]*href="\/business\/orders"|<a[^>]*href="\/business\/orders"[^>]*aria-current="page"/,
  );
  expect(orders.html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  const team = await page('/business/settings/team', cookie);
  expect(team.html).toContain('page@demo.local');

  const out = await fetch(`${server.url}/api/auth/sign-out`, {
    method: 'POST',
    headers: { cookie },
  });
  expect(out.status).toBe(200);
  expect(out.headers.getSetCookie().join()).toMatch(new RegExp(`${AGENT_COOKIE}=;`));
  expect((await me(cookie)).status).toBe(401);
  expect((await page('/business/orders', cookie)).html).toMatch(SIGN_IN_FORM);
});

test(`after ${SIGN_IN_LIMITS.perEmail} failures an account is refused, even with the right password`, async () => {
  // Each failure from another address: only the account's counter is in play.
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.perEmail; attempt++) {
    const response = await signIn('locked@demo.local', 'wrong password', `10.0.4.${attempt + 1}`);
    expect(response.status).toBe(401);
  }
  const refused = await signIn('LOCKED@demo.local', AGENT_PASSWORD, '10.0.4.200');
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowSeconds);
  expect(await refused.json()).toEqual({
    ok: false,
    error: { code: 'RATE_LIMITED', message: expect.stringMatching(/Try again in \d+ minute/) },
  });
  expect(refused.headers.getSetCookie()).toEqual([]);
  // Other accounts from the same address are not affected.
  expect((await signIn('page@demo.local', AGENT_PASSWORD, '10.0.4.200')).status).toBe(200);
});

test('a successful sign-in resets the account counter', async () => {
  const fail = (n: number) => signIn('reset@demo.local', 'wrong password', `10.0.5.${n}`);
  for (let n = 1; n < SIGN_IN_LIMITS.perEmail; n++) expect((await fail(n)).status).toBe(401);
  expect((await signIn('reset@demo.local', AGENT_PASSWORD, '10.0.5.100')).status).toBe(200);
  for (let n = 1; n <= SIGN_IN_LIMITS.perEmail; n++) expect((await fail(n + 10)).status).toBe(401);
  expect((await fail(99)).status).toBe(429);
});

test(`after ${SIGN_IN_LIMITS.perAddress} failures from one address, it is refused for every account`, async () => {
  const address = '10.0.6.1';
  for (let n = 0; n < SIGN_IN_LIMITS.perAddress; n++) {
    // Different (unknown) emails, so no account counter fills up.
    expect((await signIn(`guess${n}@demo.local`, 'wrong password', address)).status).toBe(401);
  }
  expect((await signIn(OWNER_EMAIL, OWNER_PASSWORD, address)).status).toBe(429);
  // Our own address header cannot be forged past the limit: server.ts overwrites it.
  const spoofed = await signIn(OWNER_EMAIL, OWNER_PASSWORD, address, {
    'x-obrol-client-address': '192.0.2.77',
  });
  expect(spoofed.status).toBe(429);
  // Only the rightmost X-Forwarded-For entry (the one our proxy appended) counts.
  expect((await signIn(OWNER_EMAIL, OWNER_PASSWORD, `192.0.2.1, ${address}`)).status).toBe(429);
  expect((await signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.6.2')).status).toBe(200);
});
