'use client';

import Image from 'next/image';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { BusinessProfile } from '@/lib/business/profile';
import type { ConnectionState } from '@/lib/client/use-chat';
import { LanguageSwitch } from '../ui/language-switch';

interface ChatHeaderProps {
  business: BusinessProfile;
  connection: ConnectionState;
  peerTyping: boolean;
  onOpenProfile: () => void;
}

export function ChatHeader({ business, connection, peerTyping, onOpenProfile }: ChatHeaderProps) {
  const t = useTranslations('chat');
  const status = peerTyping
    ? t('typing')
    : connection === 'online'
      ? business.about
      : t('connecting');

  return (
    <header className="bg-brand-700 flex items-center gap-1 px-2 py-2 text-white shadow-md sm:px-4">
      <Link
        href="/"
        aria-label={t('back')}
        className="grid size-10 shrink-0 place-items-center rounded-full hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
      >
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="size-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M15 5l-7 7 7 7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </Link>
      <button
        type="button"
        onClick={onOpenProfile}
        aria-label={t('openProfile', { name: business.name })}
        className="flex min-w-0 flex-1 items-center gap-3 rounded-xl px-1 py-0.5 text-left hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
      >
        <Image
          src={business.avatarUrl}
          alt=""
          width={40}
          height={40}
          priority
          className="size-10 shrink-0 rounded-full bg-white object-cover"
        />
        <span className="flex min-w-0 flex-col">
          <span className="truncate leading-tight font-semibold">{business.name}</span>
          <span
            className={`truncate text-xs leading-tight ${peerTyping ? 'text-brand-100 italic' : 'text-white/80'}`}
          >
            {status}
          </span>
        </span>
      </button>
      <LanguageSwitch tone="dark" />
    </header>
  );
}
