// The product form's editable state, and its conversion to the product:create/update payload.
import {
  productFields,
  type AdminProduct,
  type ProductFieldsInput,
} from '@/lib/protocol/catalog-admin.schema';

export interface OptionDraft {
  /** A stable React key for the row; never sent. */
  key: string;
  name: string;
  /** Choices as typed: comma-separated. */
  values: string;
}

export interface ProductDraft {
  name: string;
  description: string;
  price: string;
  stock: string;
  collectionId: string;
  sku: string;
  hidden: boolean;
  options: OptionDraft[];
  images: string[];
}

export type FieldKey =
  'name' | 'description' | 'price' | 'stock' | 'options' | 'images' | 'sku' | 'collectionId';

export const FIELD_ORDER: FieldKey[] = [
  'name',
  'description',
  'price',
  'stock',
  'collectionId',
  'sku',
  'options',
  'images',
];

let nextKey = 0;
export function optionKey(): string {
  nextKey += 1;
  return `option-${nextKey}`;
}

export function toDraft(product: AdminProduct | null): ProductDraft {
  return {
    name: product?.name ?? '',
    description: product?.description ?? '',
    price: product ? String(product.price) : '',
    stock: product ? String(product.stock) : '',
    collectionId: product?.collectionId ?? '',
    sku: product?.sku ?? '',
    hidden: product?.hidden ?? false,
    options: (product?.options ?? []).map((option) => ({
      key: optionKey(),
      name: option.name,
      values: option.values.join(', '),
    })),
    images: product?.images ?? [],
  };
}

/** Whole numbers as typed, tolerating the thousands dots and spaces people write prices with. */
export function toWholeNumber(text: string): number {
  const digits = text.replace(/[.,\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export function toPayload(draft: ProductDraft): ProductFieldsInput {
  return {
    name: draft.name,
    description: draft.description,
    price: toWholeNumber(draft.price),
    stock: toWholeNumber(draft.stock),
    collectionId: draft.collectionId || null,
    sku: draft.sku,
    hidden: draft.hidden,
    // A row left blank is no option at all, not an error.
    options: draft.options
      .filter((option) => option.name.trim() || option.values.trim())
      .map((option) => ({
        name: option.name,
        values: option.values
          .split(',')
          .map((value) => value.trim())
          .filter(Boolean),
      })),
    images: draft.images,
  };
}

/** The fields named by a list of issue paths ("options.0.values" is the options field). */
export function fieldsOf(paths: string[]): Set<FieldKey> {
  const known = new Set<string>(FIELD_ORDER);
  return new Set(
    paths.map((path) => path.split('.')[0] ?? '').filter((key): key is FieldKey => known.has(key)),
  );
}

/** The same rules the server applies, checked before sending. */
export function checkDraft(draft: ProductDraft): Set<FieldKey> {
  const parsed = productFields.safeParse(toPayload(draft));
  return parsed.success
    ? new Set()
    : fieldsOf(parsed.error.issues.map((issue) => issue.path.join('.')));
}
