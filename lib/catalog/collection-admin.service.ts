// Collections managed by a business's agents: create, rename, reorder, delete. Each change bumps
// the catalog version, like every product change.
import type { Kysely, Transaction } from 'kysely';
import type { AdminCollection } from '../protocol/catalog-admin.schema';
import { AppError } from '../protocol/errors';
import type { AgentIdentity } from '../realtime/guards';
import { listCollections } from '../store/catalog.repository';
import {
  deleteCollection,
  findCollectionOf,
  insertCollection,
  renameCollection,
  setCollectionPosition,
} from '../store/collection.repository';
import type { Database } from '../store/schema';
import { toAdminCollection, type CatalogChange } from './admin-views';
import { changeCatalog } from './catalog-admin.service';
import { pickUnique, slugify } from './slug';

async function findOwnCollection(trx: Transaction<Database>, agent: AgentIdentity, id: string) {
  const collection = await findCollectionOf(trx, agent.businessId, id);
  if (!collection) throw new AppError('NOT_FOUND', 'This collection is not in your catalog.');
  return collection;
}

export function createCollection(
  db: Kysely<Database>,
  agent: AgentIdentity,
  name: string,
): Promise<CatalogChange<AdminCollection>> {
  return changeCatalog(db, agent, async (trx) => {
    const existing = await listCollections(trx, agent.businessId);
    const slug = pickUnique(
      slugify(name, 'collection'),
      existing.map((c) => c.slug),
    );
    return {
      result: toAdminCollection(await insertCollection(trx, agent.businessId, { name, slug })),
    };
  });
}

/** Renaming keeps the slug, so links to the collection keep working. */
export function renameCollectionOf(
  db: Kysely<Database>,
  agent: AgentIdentity,
  collectionId: string,
  name: string,
): Promise<CatalogChange<AdminCollection>> {
  return changeCatalog(db, agent, async (trx) => {
    const collection = await findOwnCollection(trx, agent, collectionId);
    return { result: toAdminCollection(await renameCollection(trx, collection.id, name)) };
  });
}

export function deleteCollectionOf(
  db: Kysely<Database>,
  agent: AgentIdentity,
  collectionId: string,
): Promise<CatalogChange<{ collectionId: string }>> {
  return changeCatalog(db, agent, async (trx) => {
    const collection = await findOwnCollection(trx, agent, collectionId);
    await deleteCollection(trx, collection.id);
    return { result: { collectionId: collection.id } };
  });
}

/** The new order must name every collection of the business exactly once. */
export function reorderCollections(
  db: Kysely<Database>,
  agent: AgentIdentity,
  collectionIds: string[],
): Promise<CatalogChange<AdminCollection[]>> {
  return changeCatalog(db, agent, async (trx) => {
    const existing = await listCollections(trx, agent.businessId);
    const known = new Set(existing.map((c) => c.id));
    if (collectionIds.some((id) => !known.has(id))) {
      throw new AppError('NOT_FOUND', 'A collection in that list is not in your catalog.');
    }
    if (collectionIds.length !== existing.length) {
      throw new AppError('INVALID_PAYLOAD', 'List every collection once, in the new order.', [
        { path: 'collectionIds', message: 'List every collection once, in the new order.' },
      ]);
    }
    for (const [position, id] of collectionIds.entries()) {
      await setCollectionPosition(trx, id, position);
    }
    return { result: (await listCollections(trx, agent.businessId)).map(toAdminCollection) };
  });
}
