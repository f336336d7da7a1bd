'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { AdminCatalog, AdminProduct } from '@/lib/protocol/catalog-admin.schema';
import { CollectionsManager } from './collections-manager';
import { primaryButton } from './buttons';
import { ProductForm } from './product-form';
import { ProductList } from './product-list';
import { useAdminCatalog } from './use-admin-catalog';

/** The management page: the product list and collections, or one product's form. */
export function CatalogManager({ initial }: { initial: AdminCatalog }) {
  const t = useTranslations('businessCatalog');
  const { catalog, change } = useAdminCatalog(initial);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form edits the product as the store has it now, even after another agent's change.
  const product: AdminProduct | null =
    editing && editing !== 'new' ? (catalog.products.find((p) => p.id === editing) ?? null) : null;

  function backToList() {
    setEditing(null);
    requestAnimationFrame(() => heading.current?.focus());
  }

  if (editing === 'new' || product) {
    return (
      <ProductForm
        key={product?.id ?? 'new'}
        product={product}
        collections={catalog.collections}
        change={change}
        onDone={backToList}
      />
    );
  }

  return (
    <div className="mx-auto w-full max-w-5xl px-3 py-4 sm:px-6 sm:py-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1
            ref={heading}
            tabIndex={-1}
            className="text-xl font-bold text-slate-900 outline-none sm:text-2xl"
          >
            {t('heading')}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
        </div>
        <button type="button" onClick={() => setEditing('new')} className={primaryButton}>
          {t('newProduct')}
        </button>
      </div>
      <div className="mt-5 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <ProductList catalog={catalog} change={change} onEdit={(p) => setEditing(p.id)} />
        <CollectionsManager catalog={catalog} change={change} />
      </div>
    </div>
  );
}
