// Schemas for catalog management by a business's agents, and the catalog:updated broadcast.
// The same schemas check the management form in the browser and every event on the server.
import { z } from 'zod';
import { collectionSchema, productSchema } from './commerce.schema';
import { isStorable } from './text';

export const MAX_PRODUCT_NAME = 120;
export const MAX_PRODUCT_DESCRIPTION = 2000;
/** Rp 100 million: 99 of one item still fit the order total's integer column. */
export const MAX_PRICE = 100_000_000;
export const MAX_STOCK = 1_000_000;
export const MAX_IMAGES = 8;
export const MAX_OPTION_GROUPS = 5;
export const MAX_OPTION_VALUES = 20;
/** The cart's selected-options schema allows 40 characters per name and value. */
export const MAX_OPTION_TEXT = 40;
export const MAX_SKU = 64;
export const MAX_COLLECTION_NAME = 60;
export const MAX_COLLECTIONS = 50;

const id = z.uuid();

const text = (max: number, label: string) =>
  z
    .string()
    .refine(isStorable, `${label} cannot contain NUL characters or unpaired surrogates.`)
    .transform((value) => value.trim())
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));

const requiredText = (max: number, label: string) =>
  text(max, label).pipe(z.string().min(1, `${label} is required.`));

/** Uploaded media of the business (checked against the store), or the demo's bundled images. */
export const MEDIA_URL_PATTERN =
  /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const DEMO_IMAGE_PATTERN = /^\/images\/demo\/products\/[a-z0-9-]{1,80}\.webp$/;

export const productImageUrl = z
  .string()
  .refine(
    (url) => MEDIA_URL_PATTERN.test(url) || DEMO_IMAGE_PATTERN.test(url),
    'Images must be uploaded to this business first.',
  );

export const productOptionInput = z.strictObject({
  name: requiredText(MAX_OPTION_TEXT, 'An option name'),
  values: z
    .array(requiredText(MAX_OPTION_TEXT, 'A choice'))
    .min(1, 'An option needs at least one choice.')
    .max(MAX_OPTION_VALUES, `An option can have at most ${MAX_OPTION_VALUES} choices.`)
    .refine((values) => new Set(values).size === values.length, 'Each choice must be different.'),
});

/** Each field's rule, without defaults: an update changes only the fields it names. */
const productShape = {
  name: requiredText(MAX_PRODUCT_NAME, 'Name'),
  description: text(MAX_PRODUCT_DESCRIPTION, 'Description'),
  price: z
    .int('Price must be a whole number of rupiah.')
    .min(0, 'Price cannot be negative.')
    .max(MAX_PRICE, `Price can be at most ${MAX_PRICE} rupiah.`),
  stock: z
    .int('Stock must be a whole number.')
    .min(0, 'Stock cannot be negative.')
    .max(MAX_STOCK, `Stock can be at most ${MAX_STOCK}.`),
  options: z
    .array(productOptionInput)
    .max(MAX_OPTION_GROUPS, `A product can have at most ${MAX_OPTION_GROUPS} options.`)
    .refine(
      (options) => new Set(options.map((o) => o.name)).size === options.length,
      'Each option must have a different name.',
    ),
  images: z
    .array(productImageUrl)
    .max(MAX_IMAGES, `A product can have at most ${MAX_IMAGES} images.`)
    .refine((urls) => new Set(urls).size === urls.length, 'Each image can be used once.'),
  collectionId: id.nullable(),
  /** Empty: made from the name. Unique within the business. */
  sku: z
    .string()
    .trim()
    .max(MAX_SKU, `A SKU can be at most ${MAX_SKU} characters.`)
    .regex(
      /^(?:[A-Za-z0-9][A-Za-z0-9._-]*)?$/,
      'Use letters, digits, dots, dashes or underscores.',
    ),
  hidden: z.boolean(),
};

export const productFields = z.strictObject({
  ...productShape,
  description: productShape.description.default(''),
  options: productShape.options.default([]),
  images: productShape.images.default([]),
  collectionId: productShape.collectionId.default(null),
  sku: productShape.sku.default(''),
  hidden: productShape.hidden.default(false),
});

export const productCreateInput = productFields;

/** Only the fields sent change; `hidden` alone hides or shows a product. */
export const productUpdateInput = z.strictObject(productShape).partial().extend({ productId: id });

export const productDeleteInput = z.strictObject({ productId: id });

export const catalogAdminListInput = z.strictObject({});

export const collectionCreateInput = z.strictObject({
  name: requiredText(MAX_COLLECTION_NAME, 'A collection name'),
});

export const collectionUpdateInput = z.strictObject({
  collectionId: id,
  name: requiredText(MAX_COLLECTION_NAME, 'A collection name'),
});

export const collectionDeleteInput = z.strictObject({ collectionId: id });

/** Every collection of the business, in the new order. */
export const collectionReorderInput = z.strictObject({
  collectionIds: z
    .array(id)
    .max(MAX_COLLECTIONS)
    .refine((ids) => new Set(ids).size === ids.length, 'Each collection can appear once.'),
});

export const adminProductSchema = productSchema.extend({
  hidden: z.boolean(),
  position: z.int(),
  updatedAt: z.iso.datetime({ offset: true }),
});

export const adminCollectionSchema = collectionSchema.extend({ position: z.int() });

export const adminCatalogSchema = z.object({
  businessId: id,
  businessSlug: z.string(),
  version: z.int(),
  collections: z.array(adminCollectionSchema),
  products: z.array(adminProductSchema),
});

/** Sent to shoppers with an open chat and to the business's agents after every change. */
export const catalogUpdatedSchema = z.object({
  businessId: id,
  businessSlug: z.string(),
  version: z.int(),
});

export const mediaUploadedSchema = z.object({
  id,
  url: z.string(),
  width: z.int(),
  height: z.int(),
});

export type ProductOptionInput = z.infer<typeof productOptionInput>;
export type ProductFields = z.infer<typeof productFields>;
export type ProductFieldsInput = z.input<typeof productFields>;
export type ProductCreateInput = z.infer<typeof productCreateInput>;
export type ProductUpdateInput = z.infer<typeof productUpdateInput>;
export type CollectionReorderInput = z.infer<typeof collectionReorderInput>;
export type AdminProduct = z.infer<typeof adminProductSchema>;
export type AdminCollection = z.infer<typeof adminCollectionSchema>;
export type AdminCatalog = z.infer<typeof adminCatalogSchema>;
export type CatalogUpdated = z.infer<typeof catalogUpdatedSchema>;
export type MediaUploaded = z.infer<typeof mediaUploadedSchema>;
