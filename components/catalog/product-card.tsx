'use client';

import Image from 'next/image';
import { useLocale } from 'next-intl';
import { formatMoney } from '@/lib/i18n/money';
import type { Product } from '@/lib/protocol/commerce.schema';
import { Availability } from './availability';

/** Two columns: half a phone's width, or half the 448 px sheet and the 400–440 px side panel. */
export const PRODUCT_CARD_SIZES = '(min-width: 1280px) 200px, (min-width: 640px) 210px, 50vw';

export function ProductCard({
  product,
  onOpen,
}: {
  product: Product;
  onOpen: (product: Product) => void;
}) {
  const locale = useLocale();
  const image = product.images[0];
  const soldOut = product.stock <= 0;
  return (
    <li>
      <button
        type="button"
        data-sku={product.sku}
        onClick={() => onOpen(product)}
        className="group focus-visible:outline-brand-700 flex h-full w-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-left shadow-sm transition hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        <span className="relative block aspect-square w-full bg-slate-100">
          {image && (
            <Image
              src={image}
              alt=""
              width={400}
              height={400}
              sizes={PRODUCT_CARD_SIZES}
              className={`size-full object-cover transition group-hover:scale-[1.02] ${soldOut ? 'opacity-60 grayscale' : ''}`}
            />
          )}
        </span>
        <span className="flex flex-1 flex-col gap-0.5 p-2.5">
          <span className="line-clamp-2 text-sm leading-snug font-medium text-slate-900">
            {product.name}
          </span>
          <span className="mt-auto pt-1 text-sm font-semibold text-slate-900 tabular-nums">
            {formatMoney(product.price, product.currency, locale)}
          </span>
          <Availability stock={product.stock} className="text-xs" />
        </span>
      </button>
    </li>
  );
}
