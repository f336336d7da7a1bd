// A cart change made with no connection: shown at once on the device's cart (priced from the cached
// catalog) and queued for the server, which replays it in order and stays the authority after.
import type { Cart, SelectedOptions } from '../../protocol/commerce.schema';
import { RequestError } from '../request';
import { addLocally, lineFor, removeLocally, updateLocally } from './local-cart';
import type { OutboxEntry } from './outbox-entry';
import type { OfflineSession } from './session';

export type CartChange =
  | { kind: 'add'; productId: string; options: SelectedOptions; quantity: number }
  | { kind: 'update'; itemId: string; quantity: number }
  | { kind: 'remove'; itemId: string };

export async function queueCartChange(
  session: OfflineSession,
  cart: Cart,
  change: CartChange,
): Promise<Cart> {
  const { outbox } = session;
  const queued = (await outbox.list()).filter((entry) => entry.status === 'queued');
  // The queued adds that made a device-only line: the server has never seen that line's id.
  const addsOf = (lineId: string): OutboxEntry[] =>
    queued.filter(
      (entry) => entry.operation.kind === 'cart-add' && entry.operation.lineId === lineId,
    );
  const nameOf = (itemId: string) => cart.items.find((item) => item.id === itemId)?.name ?? '';

  if (change.kind === 'add') {
    const catalog = await session.cache.loadCatalog();
    const product = catalog?.products.find((candidate) => candidate.id === change.productId);
    if (!product)
      throw new RequestError({ code: 'NOT_FOUND', message: 'This product is not in the catalog.' });
    const existing = lineFor(cart, product.id, change.options);
    const lineId = existing
      ? addsOf(existing.id).length
        ? existing.id
        : undefined
      : crypto.randomUUID();
    await outbox.enqueue(crypto.randomUUID(), {
      kind: 'cart-add',
      productId: product.id,
      options: change.options,
      quantity: change.quantity,
      name: product.name,
      ...(lineId && { lineId }),
    });
    return addLocally(cart, product, change.options, change.quantity, lineId ?? '');
  }

  const adds = addsOf(change.itemId);
  if (change.kind === 'update') {
    const [first, ...rest] = adds;
    if (!first) {
      await outbox.enqueue(crypto.randomUUID(), {
        kind: 'cart-update',
        itemId: change.itemId,
        quantity: change.quantity,
        name: nameOf(change.itemId),
      });
      return updateLocally(cart, change.itemId, change.quantity);
    }
    // A line only this device knows: rewrite the adds that made it instead of queuing more.
    await outbox.change(first.id, (entry) =>
      entry.operation.kind === 'cart-add'
        ? { ...entry, operation: { ...entry.operation, quantity: change.quantity } }
        : entry,
    );
    for (const entry of rest) await outbox.remove(entry.id);
    const next = updateLocally(cart, change.itemId, change.quantity);
    return { ...next, version: cart.version - rest.length };
  }

  if (!adds.length) {
    await outbox.enqueue(crypto.randomUUID(), {
      kind: 'cart-remove',
      itemId: change.itemId,
      name: nameOf(change.itemId),
    });
    return removeLocally(cart, change.itemId);
  }
  for (const entry of adds) await outbox.remove(entry.id);
  const next = removeLocally(cart, change.itemId);
  // The server will see none of those adds, so its version will not count them.
  return { ...next, version: cart.version - adds.length };
}
