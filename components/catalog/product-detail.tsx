'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { formatMoney } from '@/lib/i18n/money';
import type { Product, SelectedOptions } from '@/lib/protocol/commerce.schema';
import { AddToCart, type AddToCartHandler } from './add-to-cart';
import { Availability } from './availability';
import { OptionPicker } from './option-picker';
import { ProductGallery } from './product-gallery';

interface ProductDetailProps {
  product: Product;
  onAdd: AddToCartHandler;
  onViewCart: () => void;
}

/** Options with a single value need no choice: they start chosen. */
function initialOptions(product: Product): SelectedOptions {
  const chosen: SelectedOptions = {};
  for (const option of product.options) {
    const [only, ...others] = option.values;
    if (only && !others.length) chosen[option.name] = only;
  }
  return chosen;
}

export function ProductDetail({ product, onAdd, onViewCart }: ProductDetailProps) {
  const t = useTranslations('catalog');
  const locale = useLocale();
  const [options, setOptions] = useState(() => initialOptions(product));
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const missing = product.options.find((option) => !options[option.name]);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {/* Focusable so a keyboard can scroll it even when it holds no control. */}
      <div
        role="region"
        aria-labelledby={headingId}
        tabIndex={0}
        className="focus-visible:outline-brand-700 min-h-0 flex-1 overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:-outline-offset-2"
      >
        <ProductGallery name={product.name} images={product.images} />
        <div className="flex flex-col gap-5 px-4 pt-4 pb-6">
          <div className="flex flex-col gap-1">
            <h3
              id={headingId}
              ref={heading}
              tabIndex={-1}
              className="text-xl leading-tight font-semibold text-slate-900 outline-none"
            >
              {product.name}
            </h3>
            <p className="text-lg font-semibold text-slate-900 tabular-nums">
              {formatMoney(product.price, product.currency, locale)}
            </p>
            <Availability stock={product.stock} showInStock className="text-sm" />
          </div>
          {product.options.map((option) => (
            <OptionPicker
              key={option.name}
              option={option}
              value={options[option.name]}
              onChange={(value) => setOptions((chosen) => ({ ...chosen, [option.name]: value }))}
            />
          ))}
          {product.description && (
            <p className="text-[15px] leading-relaxed whitespace-pre-line text-slate-800">
              {product.description}
            </p>
          )}
        </div>
      </div>
      <AddToCart
        product={product}
        options={options}
        blockedReason={
          product.stock <= 0
            ? t('soldOutReason')
            : missing
              ? t('chooseOption', { option: missing.name })
              : null
        }
        onAdd={onAdd}
        onViewCart={onViewCart}
      />
    </div>
  );
}
