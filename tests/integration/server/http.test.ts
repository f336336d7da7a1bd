import { AGENT_COOKIE, SHOPPER_COOKIE } from '@/lib/identity/cookie-names';
import { PROTOCOL_VERSION } from '@/lib/protocol/version';
import { connect, request } from '../../support/clients';
import { removeDataDir, startAppServer, type AppServer } from '../../support/app-server';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../../support/seed';
import { demoBusiness } from '@/lib/store/seed/demo-business';

jest.setTimeout(120_000);

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer();
});

afterAll(async () => {
  await server.stop();
  await removeDataDir(server.dataDir);
});

function signIn(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function cookieFrom(response: Response, name: string): string {
  const header = response.headers.getSetCookie().find((value) => value.startsWith(`${name}=`));
  if (!header) throw new Error(`no ${name} cookie`);
  return header.split(';')[0] ?? '';
}

test('GET /api/health answers 200 with JSON once chats can be served', async () => {
  const response = await fetch(`${server.url}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    ok: true,
    data: { status: 'ready', store: 'pglite', protocolVersion: PROTOCOL_VERSION },
  });
});

test('the demo chat page gives a first-time visitor an httpOnly, SameSite=Lax shopper session', async () => {
  const response = await fetch(`${server.url}/c/demo`);
  expect(response.status).toBe(200);
  const header = response.headers
    .getSetCookie()
    .find((value) => value.startsWith(`${SHOPPER_COOKIE}=`));
  expect(header).toMatch(/HttpOnly/i);
  expect(header).toMatch(/SameSite=Lax/i);
  const socket = await connect(server.url, {
    cookie: cookieFrom(response, SHOPPER_COOKIE),
    origin: server.url,
  });
  expect(socket.connected).toBe(true);
  socket.close();
});

test('a returning visitor keeps the session it has', async () => {
  const first = await fetch(`${server.url}/c/demo`);
  const cookie = cookieFrom(first, SHOPPER_COOKIE);
  const again = await fetch(`${server.url}/c/demo`, { headers: { cookie } });
  expect(again.headers.getSetCookie().some((value) => value.startsWith(`${SHOPPER_COOKIE}=`))).toBe(
    false,
  );
});

test("a first visit's chat page carries the greeting in its HTML; a shopper with a conversation gets none", async () => {
  // The first paint of an ad's landing shows the greeting before any JavaScript or socket.
  const first = await fetch(`${server.url}/c/demo`);
  // As rendered text (between tags), not only inside the page's serialized props.
  const rendered = `>${demoBusiness.greetingText}</p>`;
  expect(await first.text()).toContain(rendered);

  const cookie = cookieFrom(first, SHOPPER_COOKIE);
  const socket = await connect(server.url, { cookie, origin: server.url });
  await request(socket, 'conversation:open', { businessSlug: 'demo' });
  socket.close();
  // Returning: the history comes from the device and the socket, never a second greeting.
  const again = await (await fetch(`${server.url}/c/demo`, { headers: { cookie } })).text();
  expect(again).not.toContain(rendered);
  expect(again).toContain('<html');
});

test('an unknown business answers a real 404 page', async () => {
  const response = await fetch(`${server.url}/c/no-such-shop`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('<html');
});

test('a wrong password and an unknown email get the same generic error', async () => {
  const wrongPassword = await signIn({ email: OWNER_EMAIL, password: 'not the password' });
  const unknownEmail = await signIn({ email: 'nobody@demo.local', password: OWNER_PASSWORD });
  expect(wrongPassword.status).toBe(401);
  expect(unknownEmail.status).toBe(401);
  const [a, b] = [await wrongPassword.json(), await unknownEmail.json()];
  expect(a).toEqual(b);
  expect(a).toEqual({
    ok: false,
    error: { code: 'UNAUTHORIZED', message: 'Email or password is incorrect.' },
  });
  expect(wrongPassword.headers.getSetCookie()).toHaveLength(0);
});

test('malformed sign-in bodies get INVALID_PAYLOAD', async () => {
  for (const body of [
    'not json',
    '[]',
    { email: OWNER_EMAIL },
    { email: OWNER_EMAIL, password: OWNER_PASSWORD, admin: true },
  ]) {
    const response = await signIn(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('INVALID_PAYLOAD');
  }
});

test('a sign-in posted from another site is refused', async () => {
  const response = await signIn(
    { email: OWNER_EMAIL, password: OWNER_PASSWORD },
    { origin: 'https://evil.example' },
  );
  expect(response.status).toBe(403);
});

test('an agent signs in over HTTP, connects as agent, and is disconnected and shut out after signing out', async () => {
  const response = await signIn({ email: OWNER_EMAIL.toUpperCase(), password: OWNER_PASSWORD });
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ ok: true, data: { email: OWNER_EMAIL, role: 'owner' } });
  const cookie = cookieFrom(response, AGENT_COOKIE);
  expect(response.headers.getSetCookie().join()).toMatch(/HttpOnly/i);

  const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie } });
  expect((await me.json()).data.businessId).toBe(body.data.businessId);

  const agent = await connect(server.url, { role: 'agent', cookie });
  const closed = new Promise<string>((resolve) => agent.once('disconnect', resolve));

  const out = await fetch(`${server.url}/api/auth/sign-out`, {
    method: 'POST',
    headers: { cookie },
  });
  expect(out.status).toBe(200);
  // The socket opened with that session is closed by the server, not left listening.
  expect(await closed).toBe('io server disconnect');
  await expect(connect(server.url, { role: 'agent', cookie })).rejects.toMatchObject({
    data: { code: 'UNAUTHORIZED' },
  });
  expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
});
