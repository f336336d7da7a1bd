'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Catalog, Product } from '@/lib/protocol/commerce.schema';
import { CloseIcon, SearchIcon } from '../ui/icons';
import { ProductCard } from './product-card';
import { filterProducts } from './search-products';

interface CatalogListProps {
  catalog: Catalog;
  /** Shown above the products, e.g. when a shared link named a product that is gone. */
  notice: string | null;
  onOpen: (product: Product) => void;
}

export function CatalogList({ catalog, notice, onOpen }: CatalogListProps) {
  const t = useTranslations('catalog');
  const [query, setQuery] = useState('');
  const [collectionId, setCollectionId] = useState<string | null>(null);
  const products = filterProducts(catalog.products, query, collectionId);
  const searchId = useId();
  const collections = catalog.collections.filter((collection) =>
    catalog.products.some((product) => product.collectionId === collection.id),
  );

  return (
    <div className="flex flex-col gap-3 px-3 pt-3 pb-6 sm:px-4">
      {notice && (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {notice}
        </p>
      )}
      <div className="relative">
        <label htmlFor={searchId} className="sr-only">
          {t('search')}
        </label>
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500" />
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t('search')}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Escape first clears the search; only an empty box lets it close the panel.
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
          className="focus:border-brand-600 focus:ring-brand-600 w-full rounded-full border border-slate-300 bg-slate-50 py-2.5 pr-10 pl-10 text-[15px] outline-none placeholder:text-slate-500 focus:bg-white focus:ring-1 [&::-webkit-search-cancel-button]:hidden"
        />
        {query && (
          <button
            type="button"
            aria-label={t('clearSearch')}
            onClick={() => setQuery('')}
            className="focus-visible:outline-brand-700 absolute top-1/2 right-1.5 grid size-8 -translate-y-1/2 place-items-center rounded-full text-slate-600 hover:bg-slate-200 focus-visible:outline-2"
          >
            <CloseIcon className="size-4" />
          </button>
        )}
      </div>
      {collections.length > 1 && (
        <div
          role="group"
          aria-label={t('collections')}
          className="-mx-3 flex [scrollbar-width:none] gap-2 overflow-x-auto px-3 pb-1 sm:-mx-4 sm:px-4"
        >
          <Chip pressed={collectionId === null} onClick={() => setCollectionId(null)}>
            {t('all')}
          </Chip>
          {collections.map((collection) => (
            <Chip
              key={collection.id}
              pressed={collectionId === collection.id}
              onClick={() => setCollectionId(collection.id)}
            >
              {collection.name}
            </Chip>
          ))}
        </div>
      )}
      <p role="status" className="text-xs font-medium text-slate-600">
        {t('results', { count: products.length })}
      </p>
      {products.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} onOpen={onOpen} />
          ))}
        </ul>
      ) : (
        <EmptyResults
          message={
            catalog.products.length === 0
              ? t('empty')
              : query.trim()
                ? t('noResults', { query: query.trim() })
                : t('emptyCollection')
          }
          onClear={query ? () => setQuery('') : null}
          clearLabel={t('clearSearch')}
        />
      )}
    </div>
  );
}

function Chip({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`focus-visible:outline-brand-700 shrink-0 rounded-full border px-3.5 py-1.5 text-sm font-medium whitespace-nowrap transition focus-visible:outline-2 focus-visible:outline-offset-2 ${
        pressed
          ? 'border-brand-700 bg-brand-700 text-white'
          : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'
      }`}
    >
      {children}
    </button>
  );
}

function EmptyResults({
  message,
  onClear,
  clearLabel,
}: {
  message: string;
  onClear: (() => void) | null;
  clearLabel: string;
}) {
  return (
    <div className="flex flex-col items-center gap-3 px-6 py-10 text-center">
      <SearchIcon className="size-10 text-slate-400" />
      <p className="text-slate-700">{message}</p>
      {onClear && (
        <button
          type="button"
          onClick={onClear}
          className="text-brand-800 border-brand-700 focus-visible:outline-brand-700 hover:bg-brand-50 rounded-full border px-4 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {clearLabel}
        </button>
      )}
    </div>
  );
}
