'use client';

import { useTranslations } from 'next-intl';
import { shortShopperId } from '@/lib/inbox/inbox-list';

/** The business's name for the shopper, or "Shopper 3f9a" from the id. */
export function useShopperName() {
  const t = useTranslations('businessInbox');
  return (conversation: { shopperName: string | null; shopperId: string }) =>
    conversation.shopperName ??
    t('shopperFallback', { id: shortShopperId(conversation.shopperId) });
}
