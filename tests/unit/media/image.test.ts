import sharp from 'sharp';
import {
  detectImageFormat,
  MAX_IMAGE_EDGE,
  MAX_UPLOAD_BYTES,
  reencodeImage,
  UploadTooLargeError,
} from '@/lib/media/image';

/** A noisy picture, so encoders cannot shrink it to nothing. */
function noise(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as { code: string; issues?: Array<{ path: string }> },
  );
}

describe('what counts as an image', () => {
  test.each([
    ['jpeg', () => noise(64, 48).jpeg().toBuffer()],
    ['png', () => noise(64, 48).png().toBuffer()],
    ['webp', () => noise(64, 48).webp().toBuffer()],
  ])('a real %s is accepted by its content', async (format, make) => {
    expect(await detectImageFormat(await make())).toBe(format);
  });

  test.each([
    ['a GIF', () => noise(32, 32).gif().toBuffer()],
    [
      'an SVG with a script',
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
        ),
    ],
    ['a text file named photo.jpg', async () => Buffer.from('just some text, not a photo\n')],
    ['an empty file', async () => Buffer.alloc(0)],
    ['a TIFF', () => noise(32, 32).tiff().toBuffer()],
  ])('%s is refused as INVALID_PAYLOAD on the file field', async (_name, make) => {
    const error = await rejection(reencodeImage(await make()));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.issues?.[0]?.path).toBe('file');
  });

  test('a truncated JPEG is refused, not stored half grey', async () => {
    const jpeg = await noise(400, 300).jpeg({ quality: 95 }).toBuffer();
    const error = await rejection(reencodeImage(jpeg.subarray(0, Math.floor(jpeg.length / 2))));
    expect(error.code).toBe('INVALID_PAYLOAD');
  });

  test('more than 5 MB is refused before any decoding', async () => {
    const error = await rejection(reencodeImage(Buffer.alloc(MAX_UPLOAD_BYTES + 1)));
    expect(error).toBeInstanceOf(UploadTooLargeError);
  });
});

describe('re-encoding', () => {
  test('strips EXIF and GPS, turns the picture upright and writes WebP', async () => {
    const photo = await noise(200, 100)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Copyright: 'Uploader' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 48/1 0/1' },
      })
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString('latin1')).toContain('Uploader');

    const encoded = await reencodeImage(photo);
    const after = await sharp(encoded.bytes).metadata();
    expect(after.format).toBe('webp');
    expect(encoded.contentType).toBe('image/webp');
    expect(after.exif).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(encoded.bytes.toString('latin1')).not.toContain('Uploader');
    // Orientation 6 is a quarter turn: the stored image is the upright, portrait one.
    expect([encoded.width, encoded.height]).toEqual([100, 200]);
    expect([after.width, after.height]).toEqual([100, 200]);
  });

  test('a large picture is fitted inside the size bound, keeping its shape', async () => {
    const encoded = await reencodeImage(await noise(3200, 1800).png().toBuffer());
    expect(encoded.width).toBe(MAX_IMAGE_EDGE);
    expect(encoded.height).toBe(900);
  });

  test('a small picture is not enlarged', async () => {
    const encoded = await reencodeImage(await noise(120, 80).webp().toBuffer());
    expect([encoded.width, encoded.height]).toEqual([120, 80]);
  });
});
