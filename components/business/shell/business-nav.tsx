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
      <ul className="flex w-full items-stretch md:gap-1">
        {LINKS.map((link) => (
          <li key={link.href} className="flex-1 md:flex-none">
            <NavLink
              href={link.href}
              // The inbox is /business itself; every other section owns the pages under it.
              matchNested={link.href !== '/business'}
              className="block px-2 py-2 text-center text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-white md:rounded-lg md:px-3 md:py-1.5"
              activeClassName="bg-brand-900/40 text-white shadow-[inset_0_-2px_0_white] md:shadow-none"
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
