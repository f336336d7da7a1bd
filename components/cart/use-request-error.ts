'use client';

import { useTranslations } from 'next-intl';
import { RequestError } from '@/lib/client/request';

/** Turns a rejected cart request into a sentence in the shopper's language. */
export function useRequestErrorMessage(): (error: unknown) => string {
  const t = useTranslations('cart.errors');
  return (error) => {
    if (!(error instanceof RequestError)) return t('timeout');
    switch (error.body.code) {
      case 'OUT_OF_STOCK':
        return t('outOfStock');
      case 'CART_CHANGED':
        return t('cartChanged');
      case 'CART_EMPTY':
        return t('cartEmpty');
      case 'NOT_FOUND':
        return t('notFound');
      case 'RATE_LIMITED':
        return t('rateLimited');
      default:
        return t('generic');
    }
  };
}
