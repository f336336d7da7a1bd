import type { Kysely } from 'kysely';
import type { BusinessRow, Database } from './schema';

export function findBusinessBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<BusinessRow | undefined> {
  return db.selectFrom('businesses').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findBusinessById(
  db: Kysely<Database>,
  id: string,
): Promise<BusinessRow | undefined> {
  return db.selectFrom('businesses').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listBusinesses(db: Kysely<Database>): Promise<BusinessRow[]> {
  return db.selectFrom('businesses').selectAll().orderBy('name').execute();
}
