// Pictures for a link's card image, read from the store or the app's own files (never fetched):
// the card renderer may not decode WebP, so each becomes a small PNG data URL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { MEDIA_URL_PATTERN } from '../protocol/catalog-admin.schema';
import { getRuntime } from '../runtime';
import { findMedia } from '../store/media.repository';

/** The demo's bundled images (avatar and products): only names, never a way out of public/. */
const BUNDLED_IMAGE = /^\/images\/demo\/(?:products\/)?[a-z0-9-]{1,80}\.webp$/;

async function readImage(url: string): Promise<Uint8Array | null> {
  if (MEDIA_URL_PATTERN.test(url)) {
    const media = await findMedia(getRuntime().store.db, url.slice('/media/'.length));
    return media ? media.bytes : null;
  }
  if (BUNDLED_IMAGE.test(url)) {
    return readFile(path.join(process.cwd(), 'public', url)).catch(() => null);
  }
  return null;
}

/** The image at `url` cropped to a `width`×`height` PNG, or null when there is none. */
export async function loadCardPicture(
  url: string,
  width: number,
  height: number = width,
): Promise<string | null> {
  try {
    const bytes = url ? await readImage(url) : null;
    if (!bytes) return null;
    const png = await sharp(bytes, { limitInputPixels: 100_000_000 })
      .resize(width, height, { fit: 'cover' })
      .png()
      .toBuffer();
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch {
    return null; // a picture that will not decode leaves its place to the initials
  }
}
