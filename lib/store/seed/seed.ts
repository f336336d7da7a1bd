// Seeds the demo business once. A business that exists is never touched again, so edits survive.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../identity/agent-auth';
import { findBusinessBySlug } from '../business.repository';
import { isUniqueViolation } from '../errors';
import { findAgentByEmail, insertAgent } from '../identity.repository';
import type { Database } from '../schema';
import { demoBusiness, demoCollections, demoProducts } from './demo-business';

export interface SeedResult {
  businessCreated: boolean;
  /** Set only when the owner was created just now without a configured password. */
  generatedOwnerPassword?: string;
}

export async function seedDemo(
  db: Kysely<Database>,
  owner: { email: string; password?: string },
): Promise<SeedResult> {
  const businessCreated = await insertDemoBusiness(db);
  const business = await findBusinessBySlug(db, demoBusiness.slug);
  if (!business) throw new Error('The demo business is missing after seeding.');

  if (await findAgentByEmail(db, owner.email)) return { businessCreated };
  const password = owner.password ?? randomBytes(12).toString('base64url');
  try {
    await insertAgent(db, {
      businessId: business.id,
      email: owner.email,
      displayName: 'Owner',
      passwordHash: await hashPassword(password),
      role: 'owner',
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { businessCreated }; // another process seeded it first
    throw error;
  }
  return { businessCreated, ...(!owner.password && { generatedOwnerPassword: password }) };
}

async function insertDemoBusiness(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('businesses')
      .values({
        slug: demoBusiness.slug,
        name: demoBusiness.name,
        about: demoBusiness.about,
        description: demoBusiness.description,
        address: demoBusiness.address,
        email: demoBusiness.email,
        website: demoBusiness.website,
        phone: demoBusiness.phone,
        avatar_url: demoBusiness.avatarUrl,
        timezone: demoBusiness.timezone,
        hours: JSON.stringify(demoBusiness.hours),
        greeting_enabled: true,
        greeting_text: demoBusiness.greetingText,
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;

    const collections = await trx
      .insertInto('collections')
      .values(
        demoCollections.map((c) => ({
          business_id: inserted.id,
          slug: c.slug,
          name: c.name,
          position: c.position,
        })),
      )
      .returning(['id', 'slug'])
      .execute();
    const collectionId = new Map(collections.map((c) => [c.slug, c.id]));
    await trx
      .insertInto('products')
      .values(
        demoProducts.map((product, position) => ({
          business_id: inserted.id,
          collection_id: collectionId.get(product.collection) ?? null,
          sku: product.sku,
          name: product.name,
          description: product.description,
          price: product.price,
          currency: 'IDR',
          stock: product.stock,
          options: JSON.stringify(product.options),
          images: JSON.stringify(product.images),
          position,
        })),
      )
      .execute();
    return true;
  });
}
