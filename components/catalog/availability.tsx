'use client';

import { useTranslations } from 'next-intl';

/** At or below this many, the shopper is told how many are left. */
export const LOW_STOCK = 5;

/** "Sold out" or "Only 2 left"; nothing (or "In stock" when asked) when there is plenty. */
export function Availability({
  stock,
  showInStock = false,
  className = '',
}: {
  stock: number;
  showInStock?: boolean;
  className?: string;
}) {
  const t = useTranslations('catalog');
  if (stock <= 0)
    return <span className={`font-medium text-red-700 ${className}`}>{t('soldOut')}</span>;
  if (stock <= LOW_STOCK)
    return (
      <span className={`font-medium text-amber-800 ${className}`}>
        {t('onlyLeft', { count: stock })}
      </span>
    );
  if (showInStock)
    return <span className={`text-brand-800 font-medium ${className}`}>{t('inStock')}</span>;
  return null;
}
