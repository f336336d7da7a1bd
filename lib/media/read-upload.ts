// Reads a multipart/form-data upload without ever holding more than the limit in memory: a
// Content-Length over it is refused before reading, and a body that grows past it is cut off.
import { AppError } from '../protocol/errors';
import { MAX_UPLOAD_BYTES, UploadTooLargeError } from './image';

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD;

async function readBounded(body: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new UploadTooLargeError();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The bytes of the form's `file` field. */
export async function readUploadedFile(request: Request): Promise<Uint8Array> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(type)) {
    throw new AppError('INVALID_PAYLOAD', 'Send the image as multipart/form-data in "file".');
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > MAX_BODY_BYTES) throw new UploadTooLargeError();
  if (!request.body) throw new AppError('INVALID_PAYLOAD', 'The upload is empty.');

  const body = await readBounded(request.body);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new AppError('INVALID_PAYLOAD', 'The upload is not valid multipart/form-data.');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) {
    throw new AppError('INVALID_PAYLOAD', 'Send the image in the form field "file".', [
      { path: 'file', message: 'Choose an image to upload.' },
    ]);
  }
  if (file.size > MAX_UPLOAD_BYTES) throw new UploadTooLargeError();
  return new Uint8Array(await file.arrayBuffer());
}
