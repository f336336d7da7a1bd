// Schemas for the catalog, the cart and orders: what a client may send and what it gets back.
// Nothing a client sends carries a price: every figure is the server's, from the catalog.
import { z } from 'zod';
import { isStorable } from './text';

import { MAX_NOTE_LENGTH, MAX_QUANTITY } from './limits';

export { MAX_NOTE_LENGTH, MAX_QUANTITY };

const id = z.uuid();
const quantity = z
  .int('Quantity must be a whole number.')
  .min(1, 'Quantity must be at least 1.')
  .max(MAX_QUANTITY, `Quantity can be at most ${MAX_QUANTITY}.`);
const version = z.int().min(0).max(2_147_483_647);

/** Chosen option values by option name, e.g. { "Ukuran": "L" }. */
export const selectedOptions = z.record(z.string().min(1).max(40), z.string().min(1).max(40));

export const cartGetInput = z.strictObject({ conversationId: id });

export const cartAddInput = z.strictObject({
  conversationId: id,
  /** Optional: an addition replayed with the same client id (an outbox flush) is applied once. */
  clientId: id.optional(),
  productId: id,
  options: selectedOptions.default({}),
  quantity: quantity.default(1),
});

export const cartUpdateInput = z.strictObject({ conversationId: id, itemId: id, quantity });

export const cartRemoveInput = z.strictObject({ conversationId: id, itemId: id });

export const cartSendInput = z.strictObject({
  conversationId: id,
  /** The order message's client id: a retried or doubled send makes one order. */
  clientId: id,
  /** The cart and catalog versions the shopper saw; if either moved, nothing is sent. */
  cartVersion: version,
  catalogVersion: version,
  note: z
    .string()
    .max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH} characters.`)
    .refine(isStorable, 'A note cannot contain NUL characters or unpaired surrogates.')
    .transform((note) => note.trim())
    .optional(),
});

export const orderActionInput = z.strictObject({ orderId: id });

export const orderDeclineInput = z.strictObject({
  orderId: id,
  reason: z
    .string()
    .max(MAX_NOTE_LENGTH)
    .transform((reason) => reason.trim())
    .optional(),
});

export const productOptionSchema = z.object({ name: z.string(), values: z.array(z.string()) });

export const productSchema = z.object({
  id,
  sku: z.string(),
  collectionId: id.nullable(),
  name: z.string(),
  description: z.string(),
  price: z.int(),
  currency: z.string(),
  stock: z.int(),
  options: z.array(productOptionSchema),
  images: z.array(z.string()),
});

export const collectionSchema = z.object({ id, slug: z.string(), name: z.string() });

export const catalogSchema = z.object({
  businessSlug: z.string(),
  version,
  currency: z.string(),
  collections: z.array(collectionSchema),
  products: z.array(productSchema),
});

export const cartItemSchema = z.object({
  id,
  productId: id,
  sku: z.string(),
  name: z.string(),
  image: z.string().nullable(),
  options: selectedOptions,
  quantity: z.int(),
  /** Today's catalog price, and the price when the item was added. */
  unitPrice: z.int(),
  addedPrice: z.int(),
  lineTotal: z.int(),
  stock: z.int(),
  /** False when the product was hidden or deleted, or has less stock than the quantity. */
  available: z.boolean(),
});

export const cartSchema = z.object({
  conversationId: id,
  version,
  catalogVersion: version,
  currency: z.string(),
  items: z.array(cartItemSchema),
  itemCount: z.int(),
  subtotal: z.int(),
  /** Some item's price or availability changed since it was added. */
  changed: z.boolean(),
});

export const orderStatusSchema = z.enum([
  'pending',
  'accepted',
  'declined',
  'fulfilled',
  'cancelled',
]);

export const orderItemSchema = z.object({
  /** WhatsApp's product_retailer_id. */
  productId: id,
  sku: z.string(),
  name: z.string(),
  image: z.string().nullable(),
  options: selectedOptions,
  quantity: z.int(),
  /** WhatsApp's item_price, in the currency's minor unit. */
  unitPrice: z.int(),
  lineTotal: z.int(),
  currency: z.string(),
});

export const orderSchema = z.object({
  id,
  number: z.int(),
  conversationId: id,
  businessId: id,
  status: orderStatusSchema,
  items: z.array(orderItemSchema),
  currency: z.string(),
  total: z.int(),
  note: z.string(),
  catalogVersion: version,
  declineReason: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

/** The orders view: one page, newest first, optionally of one status; `before` is an order number. */
export const orderListInput = z.strictObject({
  status: orderStatusSchema.optional(),
  before: z.int().min(1).max(2_147_483_647).optional(),
  limit: z.int().min(1).max(100).default(25),
});

export const orderListItemSchema = orderSchema.extend({
  shopperId: id,
  /** The name the business gave the shopper in the inbox, if any. */
  shopperName: z.string().nullable(),
  itemCount: z.int(),
});

const orderTally = z.object({ count: z.int(), total: z.int() });

/** Counts and sums of every order of the business, per status and overall, whatever the filter. */
export const orderTotalsSchema = z.object({
  all: orderTally,
  byStatus: z.record(orderStatusSchema, orderTally),
  currency: z.string(),
});

export const orderListSchema = z.object({
  orders: z.array(orderListItemSchema),
  totals: orderTotalsSchema,
  /** Pass as `before` for the next page; null when this was the last. */
  nextBefore: z.int().nullable(),
});

export type CartAddInput = z.infer<typeof cartAddInput>;
export type CartUpdateInput = z.infer<typeof cartUpdateInput>;
export type CartRemoveInput = z.infer<typeof cartRemoveInput>;
export type CartSendInput = z.infer<typeof cartSendInput>;
export type OrderDeclineInput = z.infer<typeof orderDeclineInput>;
export type SelectedOptions = z.infer<typeof selectedOptions>;
export type Product = z.infer<typeof productSchema>;
export type Collection = z.infer<typeof collectionSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type CartItem = z.infer<typeof cartItemSchema>;
export type Cart = z.infer<typeof cartSchema>;
export type OrderStatus = z.infer<typeof orderStatusSchema>;
export type OrderItem = z.infer<typeof orderItemSchema>;
export type Order = z.infer<typeof orderSchema>;
export type OrderListInput = z.infer<typeof orderListInput>;
export type OrderListItem = z.infer<typeof orderListItemSchema>;
export type OrderTotals = z.infer<typeof orderTotalsSchema>;
export type OrderList = z.infer<typeof orderListSchema>;
