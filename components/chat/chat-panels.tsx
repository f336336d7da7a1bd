'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import type { CartPanelProps } from '../cart/cart-panel';
import { CartSkeleton } from '../cart/cart-skeleton';
import type { CatalogPanelProps } from '../catalog/catalog-panel';
import { CatalogSkeleton } from '../catalog/catalog-skeleton';
import { SidePanel } from '../ui/side-panel';

// The panels' code loads on first use, keeping the chat's first load small.
const CatalogPanel = lazy(() => import('../catalog/catalog-panel'));
const CartPanel = lazy(() => import('../cart/cart-panel'));

export function LazyCatalogPanel(props: CatalogPanelProps) {
  const t = useTranslations('catalog');
  return (
    <Suspense
      fallback={
        <SidePanel
          id="catalog-panel"
          title={t('title')}
          closeLabel={t('close')}
          open={props.open}
          modal={props.modal}
          onClose={props.onClose}
        >
          <CatalogSkeleton label={t('loading')} />
        </SidePanel>
      }
    >
      <CatalogPanel {...props} />
    </Suspense>
  );
}

export function LazyCartPanel(props: CartPanelProps) {
  const t = useTranslations('cart');
  return (
    <Suspense
      fallback={
        <SidePanel
          id="cart-panel"
          title={t('title')}
          closeLabel={t('close')}
          open={props.open}
          modal={props.modal}
          onClose={props.onClose}
        >
          <CartSkeleton label={t('loading')} />
        </SidePanel>
      }
    >
      <CartPanel {...props} />
    </Suspense>
  );
}
