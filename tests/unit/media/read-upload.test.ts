import { MAX_UPLOAD_BYTES, UploadTooLargeError } from '@/lib/media/image';
import { readUploadedFile } from '@/lib/media/read-upload';

function upload(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request('http://obrol.test/api/business/media', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
}

async function multipart(bytes: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.set('file', new Blob([bytes]), 'photo.jpg');
  const request = new Request('http://obrol.test', { method: 'POST', body: form });
  return {
    type: request.headers.get('content-type') ?? '',
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

test('the file field of a multipart form is read whole', async () => {
  const { type, body } = await multipart(new Uint8Array([1, 2, 3]));
  const bytes = await readUploadedFile(upload(body, { 'content-type': type }));
  expect([...bytes]).toEqual([1, 2, 3]);
});

test('a declared Content-Length over the limit is refused without reading the body', async () => {
  let pulled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull() {
        pulled = true;
        throw new Error('the body was read');
      },
    },
    { highWaterMark: 0 },
  );
  const request = upload(stream, {
    'content-type': 'multipart/form-data; boundary=x',
    'content-length': String(MAX_UPLOAD_BYTES * 2),
  });
  expect(request.headers.get('content-length')).toBe(String(MAX_UPLOAD_BYTES * 2));
  await expect(readUploadedFile(request)).rejects.toBeInstanceOf(UploadTooLargeError);
  expect(pulled).toBe(false);
});

test('a body that grows past the limit is cut off while reading', async () => {
  let sent = 0;
  const chunk = new Uint8Array(256 * 1024);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += chunk.byteLength;
      // Endless: only the reader's limit stops it.
      controller.enqueue(chunk);
    },
  });
  const request = upload(stream, { 'content-type': 'multipart/form-data; boundary=x' });
  await expect(readUploadedFile(request)).rejects.toBeInstanceOf(UploadTooLargeError);
  expect(sent).toBeLessThan(MAX_UPLOAD_BYTES + 2 * 1024 * 1024);
});

test('a file just over 5 MB inside a small envelope is refused', async () => {
  const { type, body } = await multipart(new Uint8Array(MAX_UPLOAD_BYTES + 1));
  await expect(readUploadedFile(upload(body, { 'content-type': type }))).rejects.toBeInstanceOf(
    UploadTooLargeError,
  );
});

test('anything but multipart/form-data, or a form without "file", is INVALID_PAYLOAD', async () => {
  await expect(
    readUploadedFile(upload('{}', { 'content-type': 'application/json' })),
  ).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
  const form = new FormData();
  form.set('other', 'x');
  const request = new Request('http://obrol.test', { method: 'POST', body: form });
  await expect(readUploadedFile(request)).rejects.toMatchObject({
    code: 'INVALID_PAYLOAD',
    issues: [{ path: 'file' }],
  });
});
