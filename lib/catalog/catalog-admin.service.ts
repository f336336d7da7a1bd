// Products managed by a business's agents. Every change is one transaction that also bumps the
// business's catalog_version, so a cart priced against the old catalog is refused at send.
import type { Kysely, Transaction } from 'kysely';
import type {
  AdminCatalog,
  AdminProduct,
  ProductCreateInput,
  ProductUpdateInput,
} from '../protocol/catalog-admin.schema';
import { AppError } from '../protocol/errors';
import type { AgentIdentity } from '../realtime/guards';
import { findBusinessById } from '../store/business.repository';
import { bumpCartVersion, deleteCartItem } from '../store/cart.repository';
import {
  bumpCatalogVersion,
  deleteProduct,
  insertProduct,
  listAllProducts,
  listCartItemsOfProduct,
  listCollections,
  lockCartsHoldingProduct,
  lockProductOf,
  updateProduct,
  type ProductValues,
} from '../store/catalog.repository';
import { isUniqueViolation } from '../store/errors';
import type { Database, ProductRow } from '../store/schema';
import {
  toAdminCollection,
  toAdminProduct,
  type CatalogChange,
  type TouchedCart,
} from './admin-views';
import { checkOptions } from './options';
import { checkProductReferences, resolveSku, skuTaken } from './product-references';

export async function listAdminCatalog(
  db: Kysely<Database>,
  agent: AgentIdentity,
): Promise<AdminCatalog> {
  const [business, collections, products] = await Promise.all([
    findBusinessById(db, agent.businessId),
    listCollections(db, agent.businessId),
    listAllProducts(db, agent.businessId),
  ]);
  if (!business) throw new AppError('NOT_FOUND', 'This business does not exist.');
  return {
    businessId: business.id,
    businessSlug: business.slug,
    version: business.catalog_version,
    collections: collections.map(toAdminCollection),
    products: products.map(toAdminProduct),
  };
}

/** Runs one catalog change in a transaction that ends by bumping the catalog version. */
export async function changeCatalog<T>(
  db: Kysely<Database>,
  agent: AgentIdentity,
  change: (trx: Transaction<Database>) => Promise<{ result: T; carts?: TouchedCart[] }>,
): Promise<CatalogChange<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const { result, carts = [] } = await change(trx);
      const business = await bumpCatalogVersion(trx, agent.businessId);
      return {
        result,
        businessId: agent.businessId,
        businessSlug: business.slug,
        version: business.catalog_version,
        carts,
      };
    });
  } catch (error) {
    // Two agents naming the same SKU at once: the store keeps one, the other hears why.
    if (isUniqueViolation(error)) throw skuTaken();
    throw error;
  }
}

export function createProduct(
  db: Kysely<Database>,
  agent: AgentIdentity,
  input: ProductCreateInput,
): Promise<CatalogChange<AdminProduct>> {
  return changeCatalog(db, agent, async (trx) => {
    await checkProductReferences(trx, agent.businessId, input);
    const sku = await resolveSku(trx, agent.businessId, input.sku, input.name);
    const row = await insertProduct(trx, agent.businessId, {
      collection_id: input.collectionId,
      sku,
      name: input.name,
      description: input.description,
      price: input.price,
      stock: input.stock,
      hidden: input.hidden,
      options: input.options,
      images: input.images,
    });
    return { result: toAdminProduct(row) };
  });
}

async function lockOwnProduct(trx: Transaction<Database>, agent: AgentIdentity, id: string) {
  const product = await lockProductOf(trx, agent.businessId, id);
  // The same answer for "missing" and "another business's", so ids cannot be probed.
  if (!product) throw new AppError('NOT_FOUND', 'This product is not in your catalog.');
  return product;
}

export function updateProductOf(
  db: Kysely<Database>,
  agent: AgentIdentity,
  input: ProductUpdateInput,
): Promise<CatalogChange<AdminProduct>> {
  return changeCatalog(db, agent, async (trx) => {
    const current = await lockOwnProduct(trx, agent, input.productId);
    const { productId: _id, sku: requestedSku, collectionId, ...changes } = input;
    const values: ProductValues = {
      collection_id: collectionId === undefined ? current.collection_id : collectionId,
      sku: current.sku,
      name: changes.name ?? current.name,
      description: changes.description ?? current.description,
      price: changes.price ?? current.price,
      stock: changes.stock ?? current.stock,
      hidden: changes.hidden ?? current.hidden,
      options: changes.options ?? current.options,
      images: changes.images ?? current.images,
    };
    await checkProductReferences(trx, agent.businessId, {
      collectionId: values.collection_id,
      images: changes.images ?? [],
    });
    if (requestedSku !== undefined && requestedSku !== current.sku) {
      values.sku = await resolveSku(trx, agent.businessId, requestedSku, values.name, current.id);
    }
    const conversations = await lockCartsHoldingProduct(trx, current.id);
    const removed = changes.options ? await dropUnofferedLines(trx, current, values) : new Map();
    const row = await updateProduct(trx, current.id, values);
    const carts = conversations.map((conversation) => ({
      conversation,
      removed: removed.get(conversation.id) ?? [],
    }));
    return { result: toAdminProduct(row), carts };
  });
}

/** Cart lines whose chosen options the product no longer offers leave the cart. */
async function dropUnofferedLines(
  trx: Transaction<Database>,
  product: ProductRow,
  next: ProductValues,
): Promise<Map<string, string[]>> {
  const removed = new Map<string, string[]>();
  for (const item of await listCartItemsOfProduct(trx, product.id)) {
    try {
      checkOptions(next.options, item.options);
    } catch {
      await deleteCartItem(trx, item.id);
      await bumpCartVersion(trx, item.conversation_id);
      removed.set(item.conversation_id, [next.name]);
    }
  }
  return removed;
}

/** Carts lose the product (their shoppers are told); orders keep their own snapshots. */
export function deleteProductOf(
  db: Kysely<Database>,
  agent: AgentIdentity,
  productId: string,
): Promise<CatalogChange<{ productId: string }>> {
  return changeCatalog(db, agent, async (trx) => {
    const product = await lockOwnProduct(trx, agent, productId);
    const conversations = await lockCartsHoldingProduct(trx, product.id);
    await deleteProduct(trx, product.id);
    for (const conversation of conversations) await bumpCartVersion(trx, conversation.id);
    return {
      result: { productId: product.id },
      carts: conversations.map((conversation) => ({ conversation, removed: [product.name] })),
    };
  });
}
