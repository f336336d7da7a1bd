import type { SelectedOptions } from '@/lib/protocol/commerce.schema';

/** "Ukuran: L · Warna: Biru" */
export function formatOptions(options: SelectedOptions): string {
  return Object.entries(options)
    .map(([name, value]) => `${name}: ${value}`)
    .join(' · ');
}
