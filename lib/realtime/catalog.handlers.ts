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
import { handle } from './handle';
import { rooms, type HandlerContext } from './types';

export function registerCatalogHandlers(context: HandlerContext): void {
  const { io, socket, deps } = context;
  const agent = () => requireAgentIdentity(socket.data.identity);

  // Open catalogs refetch on the signal; carts holding a changed product get their new figures.
  const announce = <T>(change: CatalogChange<T>): CatalogChange<T> => {
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
  };

  handle(context, 'catalog:admin-list', catalogAdminListInput, async () =>
    listAdminCatalog(deps.db, agent()),
  );

  handle(context, 'product:create', productCreateInput, async (input) => {
    const { result, version } = announce(await createProduct(deps.db, agent(), input));
    return { product: result, version };
  });
  handle(context, 'product:update', productUpdateInput, async (input) => {
    const { result, version } = announce(await updateProductOf(deps.db, agent(), input));
    return { product: result, version };
  });
  handle(context, 'product:delete', productDeleteInput, async (input) => {
    const { result, version } = announce(await deleteProductOf(deps.db, agent(), input.productId));
    return { productId: result.productId, version };
  });

  handle(context, 'collection:create', collectionCreateInput, async (input) => {
    const { result, version } = announce(await createCollection(deps.db, agent(), input.name));
    return { collection: result, version };
  });
  handle(context, 'collection:update', collectionUpdateInput, async (input) => {
    const change = await renameCollectionOf(deps.db, agent(), input.collectionId, input.name);
    const { result, version } = announce(change);
    return { collection: result, version };
  });
  handle(context, 'collection:delete', collectionDeleteInput, async (input) => {
    const change = await deleteCollectionOf(deps.db, agent(), input.collectionId);
    const { result, version } = announce(change);
    return { collectionId: result.collectionId, version };
  });
  handle(context, 'collection:reorder', collectionReorderInput, async (input) => {
    const change = await reorderCollections(deps.db, agent(), input.collectionIds);
    const { result, version } = announce(change);
    return { collections: result, version };
  });
}
