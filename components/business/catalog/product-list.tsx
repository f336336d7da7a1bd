'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { SmallImage } from '@/components/ui/small-image';
import { RequestError } from '@/lib/client/request';
import { formatMoney } from '@/lib/i18n/money';
import type { AdminCatalog, AdminProduct } from '@/lib/protocol/catalog-admin.schema';
import { secondaryButton } from './buttons';
import type { ChangeCatalog } from './use-admin-catalog';

interface ProductListProps {
  catalog: AdminCatalog;
  change: ChangeCatalog;
  onEdit: (product: AdminProduct) => void;
}

/** Every product, hidden ones too: image, name, price, stock, state and collection at a glance. */
export function ProductList({ catalog, change, onEdit }: ProductListProps) {
  const t = useTranslations('businessCatalog');
  const [error, setError] = useState<string | null>(null);
  const collectionName = new Map(catalog.collections.map((c) => [c.id, c.name]));

  async function act(run: () => Promise<unknown>) {
    setError(null);
    try {
      await run();
    } catch (failure) {
      const gone = failure instanceof RequestError && failure.body.code === 'NOT_FOUND';
      setError(gone ? t('notFound') : t('actionError'));
    }
  }

  return (
    <section aria-labelledby="catalog-products" className="min-w-0">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="catalog-products" className="text-lg font-semibold text-slate-900">
          {t('products')}
        </h2>
        <p className="text-sm text-slate-600">
          {t('productCount', { count: catalog.products.length })}
        </p>
      </div>
      <div role="alert" className="empty:hidden">
        {error && (
          <p className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {error}
          </p>
        )}
      </div>
      {catalog.products.length === 0 ? (
        <p className="mt-3 rounded-xl bg-white px-4 py-10 text-center text-slate-600 ring-1 ring-slate-200">
          {t('empty')}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 overflow-hidden rounded-xl bg-white ring-1 ring-slate-200">
          {catalog.products.map((product) => (
            <ProductRow
              key={product.id}
              product={product}
              collection={
                product.collectionId ? (collectionName.get(product.collectionId) ?? null) : null
              }
              onEdit={() => onEdit(product)}
              onToggle={() =>
                act(() =>
                  change('product:update', { productId: product.id, hidden: !product.hidden }),
                )
              }
              onDelete={() => {
                if (window.confirm(t('confirmDelete', { name: product.name }))) {
                  void act(() => change('product:delete', { productId: product.id }));
                }
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ProductRowProps {
  product: AdminProduct;
  collection: string | null;
  onEdit: () => void;
  onToggle: () => void;
  onDelete: () => void;
}

function ProductRow({ product, collection, onEdit, onToggle, onDelete }: ProductRowProps) {
  const t = useTranslations('businessCatalog');
  const locale = useLocale();
  const image = product.images[0];
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 px-3 py-3 sm:px-4">
      <div className="flex min-w-0 flex-1 basis-64 items-start gap-3">
        {image ? (
          <SmallImage
            src={image}
            size={48}
            className="size-12 shrink-0 rounded-lg bg-slate-100 object-cover"
          />
        ) : (
          <span aria-hidden className="size-12 shrink-0 rounded-lg bg-slate-100" />
        )}
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium text-slate-900">{product.name}</p>
          <p className="truncate text-sm text-slate-600">
            {collection ?? t('noCollection')}
            <span aria-hidden> · </span>
            <span className="sr-only">, {t('sku')}: </span>
            {product.sku}
          </p>
          <dl className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <div>
              <dt className="sr-only">{t('price')}</dt>
              <dd className="font-medium text-slate-900 tabular-nums">
                {formatMoney(product.price, product.currency, locale)}
              </dd>
            </div>
            <div>
              <dt className="sr-only">{t('stock')}</dt>
              <dd className={product.stock === 0 ? 'font-medium text-red-700' : 'text-slate-700'}>
                {product.stock === 0 ? t('soldOut') : t('inStock', { count: product.stock })}
              </dd>
            </div>
            <div>
              <dt className="sr-only">{t('status')}</dt>
              <dd
                className={`rounded-full px-2 py-0.5 text-xs font-medium ${
                  product.hidden ? 'bg-slate-200 text-slate-800' : 'bg-emerald-50 text-emerald-800'
                }`}
              >
                {product.hidden ? t('hidden') : t('visible')}
              </dd>
            </div>
          </dl>
        </div>
      </div>
      <div className="flex shrink-0 gap-2 pl-15 sm:pl-0">
        <button
          type="button"
          onClick={onEdit}
          aria-label={t('editNamed', { name: product.name })}
          className={secondaryButton}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          onClick={onToggle}
          aria-label={t(product.hidden ? 'showNamed' : 'hideNamed', { name: product.name })}
          className={secondaryButton}
        >
          {product.hidden ? t('show') : t('hide')}
        </button>
        <button
          type="button"
          onClick={onDelete}
          aria-label={t('deleteNamed', { name: product.name })}
          className={`${secondaryButton} text-red-800`}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
