// Uploaded images, stored as bytes in the database so every node serves the same ones.
import type { Kysely, Transaction } from 'kysely';
import type { Database, MediaRow } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

export interface NewMedia {
  businessId: string;
  bytes: Uint8Array;
  contentType: string;
  width: number;
  height: number;
}

export async function insertMedia(db: Executor, media: NewMedia): Promise<{ id: string }> {
  return db
    .insertInto('media')
    .values({
      business_id: media.businessId,
      bytes: media.bytes,
      content_type: media.contentType,
      width: media.width,
      height: media.height,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findMedia(db: Executor, id: string): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Which of these ids are the business's own uploads. */
export async function listOwnMediaIds(
  db: Executor,
  businessId: string,
  ids: string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('media')
    .select('id')
    .where('business_id', '=', businessId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}
