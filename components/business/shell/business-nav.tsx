'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const LINKS = [
  { href: '/business', key: 'inbox' },
  { href: '/business/orders', key: 'orders' },
  { href: '/business/catalog', key: 'catalog' },
  { href: '/business/settings', key: 'settings' },
] as const;

function isActive(pathname: string, href: string): boolean {
  if (href === '/business') return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function BusinessNav({ className = '' }: { className?: string }) {
  const t = useTranslations('businessShell.nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className={className}>
      <ul className="flex w-full items-stretch md:gap-1">
        {LINKS.map((link) => {
          const active = isActive(pathname, link.href);
          return (
            <li key={link.href} className="flex-1 md:flex-none">
              <Link
                href={link.href}
                aria-current={active ? 'page' : undefined}
                className={`block px-2 py-2 text-center text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-white md:rounded-lg md:px-3 md:py-1.5 ${
                  active
                    ? 'bg-brand-900/40 text-white shadow-[inset_0_-2px_0_white] md:shadow-none'
                    : 'hover:bg-brand-800 text-white/85 hover:text-white'
                }`}
              >
                {t(link.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
