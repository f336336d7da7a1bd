// Catalog management by the business's agents, and the broadcasts that keep open catalogs, carts
// and other agents' management pages in step with each change.
import type { CatalogChange } from '../catalog/admin-views';
import {
  createCollection,
  deleteCollectionOf,
  renameCollectionOf,
  reorderCollections,
} from '../catalog/collection-admin.service';
import {
  createProduct,
  deleteProductOf,
  listAdminCatalog,
  updateProductOf,
} from '../catalog/catalog-admin.service';
import { viewCart } from '../cart/cart.service';
import {
  catalogAdminListInput,
  collectionCreateInput,
  collectionDeleteInput,
  collectionReorderInput,
  collectionUpdateInput,
  productCreateInput,
  productDeleteInput,
  productUpdateInput,
} from '../protocol/catalog-admin.schema';
import { requireAgentIdentity } from './guards';
import { defineHandler, type HandlerDefinition } from './handle';
import { rooms, type HandlerContext } from './types';

const agentOf = ({ socket }: HandlerContext) => requireAgentIdentity(socket.data.identity);

// Open catalogs refetch on the signal; carts holding a changed product get their new figures.
function announce<T>({ io, deps }: HandlerContext, change: CatalogChange<T>): CatalogChange<T> {
  const { businessId, businessSlug, version } = change;
  io.to(rooms.catalog(businessId))
    .to(rooms.business(businessId))
    .emit('catalog:updated', { businessId, businessSlug, version });
  void Promise.all(
    change.carts.map(async ({ conversation, removed }) => {
      const cart = await viewCart(deps.db, conversation);
      io.to(rooms.shopper(conversation.shopper_id)).emit('cart:updated', {
        cart,
        ...(removed.length > 0 && { removed }),
      });
    }),
  ).catch((error: unknown) => deps.log?.('cart:updated after a catalog change failed', error));
  return change;
}

export const catalogHandlers: HandlerDefinition[] = [
  defineHandler('catalog:admin-list', catalogAdminListInput, async (context) =>
    listAdminCatalog(context.deps.db, agentOf(context)),
  ),

  defineHandler('product:create', productCreateInput, async (context, input) => {
    const change = await createProduct(context.deps.db, agentOf(context), input);
    const { result, version } = announce(context, change);
    return { product: result, version };
  }),
  defineHandler('product:update', productUpdateInput, async (context, input) => {
    const change = await updateProductOf(context.deps.db, agentOf(context), input);
    const { result, version } = announce(context, change);
    return { product: result, version };
  }),
  defineHandler('product:delete', productDeleteInput, async (context, input) => {
    const change = await deleteProductOf(context.deps.db, agentOf(context), input.productId);
    const { result, version } = announce(context, change);
    return { productId: result.productId, version };
  }),

  defineHandler('collection:create', collectionCreateInput, async (context, input) => {
    const change = await createCollection(context.deps.db, agentOf(context), input.name);
    const { result, version } = announce(context, change);
    return { collection: result, version };
  }),
  defineHandler('collection:update', collectionUpdateInput, async (context, input) => {
    const agent = agentOf(context);
    const change = await renameCollectionOf(context.deps.db, agent, input.collectionId, input.name);
    const { result, version } = announce(context, change);
    return { collection: result, version };
  }),
  defineHandler('collection:delete', collectionDeleteInput, async (context, input) => {
    const change = await deleteCollectionOf(context.deps.db, agentOf(context), input.collectionId);
    const { result, version } = announce(context, change);
    return { collectionId: result.collectionId, version };
  }),
  defineHandler('collection:reorder', collectionReorderInput, async (context, input) => {
    const change = await reorderCollections(context.deps.db, agentOf(context), input.collectionIds);
    const { result, version } = announce(context, change);
    return { collections: result, version };
  }),
];
