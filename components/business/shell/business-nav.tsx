'use client';

import { useTranslations } from 'next-intl';
import { NavLink } from './nav-link';

const LINKS = [
  { href: '/business', key: 'inbox' },
  { href: '/business/orders', key: 'orders' },
  { href: '/business/catalog', key: 'catalog' },
  { href: '/business/links', key: 'links' },
  { href: '/business/campaigns', key: 'campaigns' },
  { href: '/business/settings', key: 'settings' },
] as const;

export function BusinessNav({ className = '' }: { className?: string }) {
  const t = useTranslations('businessShell.nav');
  return (
    <nav aria-label={t('label')} className={className}>
      <ul className="flex w-full items-stretch overflow-x-auto lg:gap-1">
        {LINKS.map((link) => (
          <li key={link.href} className="flex-1 shrink-0 lg:flex-none">
            <NavLink
              href={link.href}
              // The inbox is /business itself; every other section owns the pages under it.
              matchNested={link.href !== '/business'}
              className="block px-3 py-2 text-center text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-white lg:rounded-lg lg:px-3 lg:py-1.5"
              activeClassName="bg-brand-900/40 text-white shadow-[inset_0_-2px_0_white] lg:shadow-none"
              inactiveClassName="hover:bg-brand-800 text-white/85 hover:text-white"
            >
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
