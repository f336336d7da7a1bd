import type { Product } from '@/lib/protocol/commerce.schema';

/** Lower case without accents, so "kopi" finds "Kopí" and "CAFÉ" finds "cafe". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Products in the collection (all when null) whose name or description holds every search word. */
export function filterProducts(
  products: Product[],
  query: string,
  collectionId: string | null,
): Product[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  return products.filter((product) => {
    if (collectionId && product.collectionId !== collectionId) return false;
    if (!words.length) return true;
    const haystack = normaliseForSearch(`${product.name} ${product.description}`);
    return words.every((word) => haystack.includes(word));
  });
}
