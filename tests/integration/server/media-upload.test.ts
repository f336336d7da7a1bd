import sharp from 'sharp';
import { SHOPPER_COOKIE } from '@/lib/identity/cookie-names';
import { openStore } from '@/lib/store/connect';
import { connect } from '../../support/clients';
import {
  removeDataDir,
  signInAgent,
  startPreparedAppServer,
  type AppServer,
} from '../../support/app-server';
import { OWNER_EMAIL, OWNER_PASSWORD, createOtherBusiness } from '../../support/seed';

jest.setTimeout(180_000);

let server: AppServer;
let ownerCookie: string;
let rivalCookie: string;

function cookieFrom(response: Response, name: string): string {
  const header = response.headers.getSetCookie().find((value) => value.startsWith(`${name}=`));
  if (!header) throw new Error(`no ${name} cookie (status ${response.status})`);
  return header.split(';')[0] ?? '';
}

/** Adds a second business, its agent an owner, straight into the server's store between two runs. */
async function addRivalBusiness(dataDir: string) {
  const store = await openStore({ dataDir });
  const rival = await createOtherBusiness(store, 'rival-upload', { role: 'owner' });
  await store.close();
  return rival;
}

beforeAll(async () => {
  const started = await startPreparedAppServer(addRivalBusiness);
  server = started.server;
  const rival = started.prepared;
  ownerCookie = await signInAgent(server, OWNER_EMAIL, OWNER_PASSWORD);
  rivalCookie = await signInAgent(server, rival.email, rival.password);
});

afterAll(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

function upload(bytes: Uint8Array, cookie: string, options: { name?: string; type?: string } = {}) {
  const form = new FormData();
  form.set(
    'file',
    new Blob([new Uint8Array(bytes)], { type: options.type ?? 'image/jpeg' }),
    options.name ?? 'photo.jpg',
  );
  return fetch(`${server.url}/api/business/media`, {
    method: 'POST',
    headers: { cookie, origin: server.url },
    body: form,
  });
}

function noise(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

test('a JPEG with EXIF is stored re-encoded as WebP and served immutable with nosniff', async () => {
  const photo = await noise(2400, 1200)
    .jpeg()
    .withExif({ IFD0: { Copyright: 'Secret Uploader' } })
    .toBuffer();
  const response = await upload(photo, ownerCookie);
  expect(response.status).toBe(201);
  const body = (await response.json()) as { ok: true; data: { id: string; url: string } };
  expect(body).toMatchObject({ ok: true, data: { url: `/media/${body.data.id}` } });

  const served = await fetch(`${server.url}${body.data.url}`);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/webp');
  expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  expect(served.headers.get('cache-control')).toMatch(/immutable/);
  const bytes = Buffer.from(await served.arrayBuffer());
  const metadata = await sharp(bytes).metadata();
  expect(metadata).toMatchObject({ format: 'webp', width: 1600, height: 800 });
  expect(metadata.exif).toBeUndefined();
  expect(bytes.toString('latin1')).not.toContain('Secret Uploader');

  // next/image can optimise it like any same-origin image.
  const optimised = await fetch(
    `${server.url}/_next/image?url=${encodeURIComponent(body.data.url)}&w=384&q=75`,
    { headers: { accept: 'image/webp' } },
  );
  expect(optimised.status).toBe(200);
  expect(optimised.headers.get('content-type')).toBe('image/webp');
});

test('PNG and WebP are accepted; GIF, SVG and text named .jpg are refused by content', async () => {
  expect((await upload(await noise(40, 40).png().toBuffer(), ownerCookie)).status).toBe(201);
  expect((await upload(await noise(40, 40).webp().toBuffer(), ownerCookie)).status).toBe(201);
  const refused = [
    await noise(40, 40).gif().toBuffer(),
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    Buffer.from('not an image at all'),
  ];
  for (const bytes of refused) {
    const response = await upload(bytes, ownerCookie, { name: 'photo.jpg', type: 'image/jpeg' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'file' }] },
    });
  }
});

test('over 5 MB is refused with 413 when Content-Length says so', async () => {
  const response = await upload(new Uint8Array(5 * 1024 * 1024 + 1), ownerCookie);
  expect(response.status).toBe(413);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
});

test('a shopper, a missing cookie and another site are refused', async () => {
  const page = await fetch(`${server.url}/c/demo`);
  const shopper = cookieFrom(page, SHOPPER_COOKIE);
  const png = await noise(20, 20).png().toBuffer();
  expect((await upload(png, shopper)).status).toBe(401);
  expect((await upload(png, '')).status).toBe(401);
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(png)]), 'a.png');
  const crossSite = await fetch(`${server.url}/api/business/media`, {
    method: 'POST',
    headers: { cookie: ownerCookie, origin: 'https://evil.example' },
    body: form,
  });
  expect(crossSite.status).toBe(403);
});

test("an image belongs to the uploader's business: another business cannot put it on its products", async () => {
  const response = await upload(await noise(30, 30).png().toBuffer(), rivalCookie);
  const { data } = (await response.json()) as { data: { url: string } };
  const owner = await connect(server.url, {
    role: 'agent',
    cookie: ownerCookie,
    origin: server.url,
  });
  try {
    const result = await new Promise((resolve) =>
      owner.emit(
        'product:create',
        { name: 'Borrowed', price: 1, stock: 1, images: [data.url] },
        resolve,
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'images.0' }] },
    });
  } finally {
    owner.close();
  }
});

test('an unknown or malformed media id is 404', async () => {
  expect((await fetch(`${server.url}/media/00000000-0000-4000-8000-000000000000`)).status).toBe(
    404,
  );
  expect((await fetch(`${server.url}/media/not-an-id`)).status).toBe(404);
});

// Last: the server stops reading this body, so its connection is closed rather than reused.
test('a chunked upload without Content-Length is cut off once it passes the limit', async () => {
  const boundary = 'obrol-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  let sent = 0;
  const chunk = new Uint8Array(256 * 1024);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(head));
    },
    pull(controller) {
      // 8 MB in all, unless the server stops reading first.
      if (sent >= 8 * 1024 * 1024) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const response = await fetch(`${server.url}/api/business/media`, {
    method: 'POST',
    headers: {
      cookie: ownerCookie,
      origin: server.url,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body,
    duplex: 'half',
  } as RequestInit);
  expect(response.status).toBe(413);
});
