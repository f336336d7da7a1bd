// Stores a checked, re-encoded upload under the uploader's business.
import type { Kysely } from 'kysely';
import type { MediaUploaded } from '../protocol/catalog-admin.schema';
import { insertMedia } from '../store/media.repository';
import type { Database } from '../store/schema';
import { reencodeImage } from './image';

export function mediaUrl(id: string): string {
  return `/media/${id}`;
}

export async function storeUploadedImage(
  db: Kysely<Database>,
  businessId: string,
  bytes: Uint8Array,
): Promise<MediaUploaded> {
  const image = await reencodeImage(bytes);
  const { id } = await insertMedia(db, {
    businessId,
    bytes: image.bytes,
    contentType: image.contentType,
    width: image.width,
    height: image.height,
  });
  return { id, url: mediaUrl(id), width: image.width, height: image.height };
}
