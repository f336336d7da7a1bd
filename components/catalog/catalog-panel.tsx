'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useCatalog } from '@/lib/client/use-catalog';
import type { Product } from '@/lib/protocol/commerce.schema';
import { BackIcon } from '../ui/icons';
import { panelHeaderButton, SidePanel } from '../ui/side-panel';
import type { AddToCartHandler } from './add-to-cart';
import { CatalogList } from './catalog-list';
import { CatalogSkeleton } from './catalog-skeleton';
import { ProductDetail } from './product-detail';

export interface CatalogPanelProps {
  businessSlug: string;
  open: boolean;
  modal: boolean;
  /** The SKU of a product to show first (from a shared link), or null for the list. */
  initialSku: string | null;
  onClose: () => void;
  onAdd: AddToCartHandler;
  onViewCart: () => void;
}

/** The catalog beside the chat: a searchable list of products, and one product's details. */
export default function CatalogPanel({
  businessSlug,
  open,
  modal,
  initialSku,
  onClose,
  onAdd,
  onViewCart,
}: CatalogPanelProps) {
  const t = useTranslations('catalog');
  const { catalog, error } = useCatalog(businessSlug, true);
  const [selectedSku, setSelectedSku] = useState(initialSku);
  const returnTo = useRef<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const product = catalog?.products.find((candidate) => candidate.sku === selectedSku) ?? null;
  // A SKU that is not (or no longer) in the catalog shows the list with a word about it.
  const notice = catalog && selectedSku && !product ? t('productNotFound') : null;

  // Back from a product, focus returns to its card in the list.
  useEffect(() => {
    const sku = returnTo.current;
    if (selectedSku !== null || !sku) return;
    returnTo.current = null;
    list.current?.querySelector<HTMLElement>(`[data-sku="${CSS.escape(sku)}"]`)?.focus();
  }, [selectedSku]);

  function openProduct(next: Product) {
    setSelectedSku(next.sku);
  }

  function backToList() {
    returnTo.current = selectedSku;
    setSelectedSku(null);
  }

  return (
    <SidePanel
      id="catalog-panel"
      title={t('title')}
      closeLabel={t('close')}
      open={open}
      modal={modal}
      onClose={onClose}
      leading={
        product && (
          <button
            type="button"
            onClick={backToList}
            aria-label={t('back')}
            className={panelHeaderButton}
          >
            <BackIcon />
          </button>
        )
      }
    >
      {!catalog && error && (
        <p role="alert" className="m-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('loadError')}
        </p>
      )}
      {!catalog && !error && <CatalogSkeleton label={t('loading')} />}
      {catalog && (
        <>
          <div
            ref={list}
            hidden={product !== null}
            className="min-h-0 flex-1 overflow-y-auto overscroll-contain"
          >
            <CatalogList catalog={catalog} notice={notice} onOpen={openProduct} />
          </div>
          {product && (
            <ProductDetail
              key={product.id}
              product={product}
              onAdd={onAdd}
              onViewCart={onViewCart}
            />
          )}
        </>
      )}
    </SidePanel>
  );
}
