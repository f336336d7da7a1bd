'use client';

import { useTranslations } from 'next-intl';
import { useId, type Ref } from 'react';
import type { BusinessProfile } from '@/lib/business/profile';
import type { ConnectionState } from '@/lib/client/use-chat';
import { BackIcon, CartIcon, CatalogIcon } from '../ui/icons';
import { AppLink } from '../ui/app-link';
import { LanguageSwitch } from '../ui/language-switch';
import { SmallImage } from '../ui/small-image';

export type PanelKind = 'catalog' | 'cart';

interface ChatHeaderProps {
  business: BusinessProfile;
  connection: ConnectionState;
  peerTyping: boolean;
  cartCount: number;
  panel: PanelKind | null;
  catalogButton: Ref<HTMLButtonElement>;
  cartButton: Ref<HTMLButtonElement>;
  onOpenProfile: () => void;
  onTogglePanel: (panel: PanelKind) => void;
}

const iconButton =
  'relative grid h-10 w-9 shrink-0 place-items-center rounded-full hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white aria-expanded:bg-white/15 sm:w-10';

export function ChatHeader({
  business,
  connection,
  peerTyping,
  cartCount,
  panel,
  catalogButton,
  cartButton,
  onOpenProfile,
  onTogglePanel,
}: ChatHeaderProps) {
  const t = useTranslations('chat');
  const catalogT = useTranslations('catalog');
  const cartT = useTranslations('cart');
  const countId = useId();
  const status = peerTyping
    ? t('typing')
    : connection === 'online'
      ? business.about
      : t('connecting');

  return (
    <header className="bg-brand-700 flex items-center gap-0.5 px-1 py-2 text-white shadow-md sm:gap-1 sm:px-4">
      <AppLink
        href="/"
        aria-label={t('back')}
        className="grid h-10 w-7 shrink-0 place-items-center rounded-full hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white sm:w-10"
      >
        <BackIcon />
      </AppLink>
      <button
        type="button"
        onClick={onOpenProfile}
        // Named by what it shows (the business and its status), as WCAG's label-in-name asks;
        // haspopup tells a screen reader it opens the profile dialog.
        aria-haspopup="dialog"
        className="flex min-w-0 flex-1 items-center gap-1.5 rounded-xl px-1 py-0.5 text-left hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white sm:gap-3"
      >
        <SmallImage
          src={business.avatarUrl}
          size={48}
          priority
          className="size-9 shrink-0 rounded-full bg-white object-cover sm:size-10"
        />
        <span className="flex min-w-0 flex-col">
          <span className="truncate text-[15px] leading-tight font-semibold sm:text-base">
            {business.name}
          </span>{' '}
          <span
            className={`truncate text-xs leading-tight ${peerTyping ? 'text-brand-100 italic' : 'text-white/80'}`}
          >
            {status}
          </span>
        </span>
      </button>
      <button
        ref={catalogButton}
        type="button"
        aria-label={catalogT('title')}
        aria-expanded={panel === 'catalog'}
        aria-controls={panel === 'catalog' ? 'catalog-panel' : undefined}
        onClick={() => onTogglePanel('catalog')}
        className={iconButton}
      >
        <CatalogIcon />
      </button>
      <button
        ref={cartButton}
        type="button"
        aria-label={cartT('title')}
        aria-describedby={countId}
        aria-expanded={panel === 'cart'}
        aria-controls={panel === 'cart' ? 'cart-panel' : undefined}
        onClick={() => onTogglePanel('cart')}
        className={iconButton}
      >
        <CartIcon />
        {cartCount > 0 && (
          <span
            aria-hidden
            className="text-brand-800 absolute top-0.5 right-0 grid h-[18px] min-w-[18px] place-items-center rounded-full bg-white px-1 text-[11px] leading-none font-bold tabular-nums shadow"
          >
            {cartCount > 99 ? '99+' : cartCount}
          </span>
        )}
        <span id={countId} className="sr-only">
          {cartT('count', { count: cartCount })}
        </span>
      </button>
      <LanguageSwitch tone="dark" />
    </header>
  );
}
