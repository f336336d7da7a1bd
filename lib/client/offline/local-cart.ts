// Cart changes made with no connection, applied to the device's copy of the cart with the cached
// catalog's prices. Each raises the version by one, as the server will when it replays them, so a
// cart sent after them carries the version the server will have reached.
import type { Cart, CartItem, Product, SelectedOptions } from '../../protocol/commerce.schema';

function sameOptions(a: SelectedOptions, b: SelectedOptions): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function withItems(cart: Cart, items: CartItem[]): Cart {
  const priced = items.map((item) => ({ ...item, lineTotal: item.unitPrice * item.quantity }));
  return {
    ...cart,
    version: cart.version + 1,
    items: priced,
    itemCount: priced.reduce((sum, item) => sum + item.quantity, 0),
    subtotal: priced.reduce((sum, item) => sum + item.lineTotal, 0),
  };
}

/** The line an add would go to: an existing line of the same product and options, if any. */
export function lineFor(cart: Cart, productId: string, options: SelectedOptions) {
  return cart.items.find(
    (item) => item.productId === productId && sameOptions(item.options, options),
  );
}

export function addLocally(
  cart: Cart,
  product: Product,
  options: SelectedOptions,
  quantity: number,
  lineId: string,
): Cart {
  const existing = lineFor(cart, product.id, options);
  if (existing)
    return withItems(
      cart,
      cart.items.map((item) =>
        item === existing ? { ...item, quantity: Math.min(99, item.quantity + quantity) } : item,
      ),
    );
  const line: CartItem = {
    id: lineId,
    productId: product.id,
    sku: product.sku,
    name: product.name,
    image: product.images[0] ?? null,
    options,
    quantity,
    unitPrice: product.price,
    addedPrice: product.price,
    lineTotal: product.price * quantity,
    stock: product.stock,
    available: quantity <= product.stock,
  };
  return withItems(cart, [...cart.items, line]);
}

export function updateLocally(cart: Cart, itemId: string, quantity: number): Cart {
  return withItems(
    cart,
    cart.items.map((item) => (item.id === itemId ? { ...item, quantity } : item)),
  );
}

export function removeLocally(cart: Cart, itemId: string): Cart {
  return withItems(
    cart,
    cart.items.filter((item) => item.id !== itemId),
  );
}

/** The cart after a queued send: empty, as the server leaves it when the order is stored. */
export function emptyLocally(cart: Cart): Cart {
  return withItems(cart, []);
}
