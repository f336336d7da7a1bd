// Uploaded images: accepted only when their bytes decode as JPEG, PNG or WebP (names and declared
// types are not trusted), and always re-encoded, so nothing the uploader put in the file survives
// (EXIF, GPS, colour profiles, trailing data, a script disguised as an image).
import sharp from 'sharp';
import { AppError } from '../protocol/errors';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Longest side after re-encoding: sharp on a phone screen, and a bounded row in the store. */
export const MAX_IMAGE_EDGE = 1600;
/** Decoding a pixel bomb would take the process's memory; 100 MP covers any phone camera. */
const MAX_INPUT_PIXELS = 100_000_000;

export class UploadTooLargeError extends AppError {
  constructor() {
    super('INVALID_PAYLOAD', 'An image can be at most 5 MB.', [
      { path: 'file', message: 'An image can be at most 5 MB.' },
    ]);
  }
}

function notAnImage(): AppError {
  return new AppError('INVALID_PAYLOAD', 'Upload a JPEG, PNG or WebP image.', [
    { path: 'file', message: 'Upload a JPEG, PNG or WebP image.' },
  ]);
}

export interface EncodedImage {
  bytes: Buffer;
  contentType: 'image/webp';
  width: number;
  height: number;
}

/** The format the bytes really are, or an error when it is not one we take. */
export async function detectImageFormat(bytes: Uint8Array): Promise<'jpeg' | 'png' | 'webp'> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new UploadTooLargeError();
  if (bytes.byteLength === 0) throw notAnImage();
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw notAnImage();
  }
  // Only these three: no SVG (scripts), GIF, HEIC, TIFF or anything else sharp might read.
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') throw notAnImage();
  return format;
}

/**
 * Checks and re-encodes an upload: turned upright by its EXIF orientation, fitted inside
 * MAX_IMAGE_EDGE, written as WebP without any of the original's metadata.
 */
export async function reencodeImage(bytes: Uint8Array): Promise<EncodedImage> {
  await detectImageFormat(bytes);
  try {
    // failOn 'truncated': a cut-off file is refused rather than stored half grey.
    const { data, info } = await sharp(bytes, {
      failOn: 'truncated',
      limitInputPixels: MAX_INPUT_PIXELS,
    })
      .rotate()
      .resize({
        width: MAX_IMAGE_EDGE,
        height: MAX_IMAGE_EDGE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/webp', width: info.width, height: info.height };
  } catch {
    throw notAnImage();
  }
}
