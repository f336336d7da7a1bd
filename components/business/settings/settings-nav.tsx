'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const LINKS = [
  { href: '/business/settings', key: 'profile' },
  { href: '/business/settings/hours', key: 'hours' },
  { href: '/business/settings/messages', key: 'messages' },
  { href: '/business/settings/quick-replies', key: 'quickReplies' },
  { href: '/business/settings/labels', key: 'labels' },
  { href: '/business/settings/team', key: 'team' },
] as const;

/** The settings sections: a scrolling row on phones, a column beside the form on wide screens. */
export function SettingsNav() {
  const t = useTranslations('businessSettings.nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="shrink-0 md:w-52">
      <ul className="flex gap-1 overflow-x-auto px-3 py-2 md:flex-col md:overflow-visible md:px-0 md:py-0">
        {LINKS.map((link) => {
          const active = pathname === link.href;
          return (
            <li key={link.href} className="shrink-0">
              <Link
                href={link.href}
                aria-current={active ? 'page' : undefined}
                className={`focus-visible:outline-brand-700 block rounded-lg px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 ${
                  active
                    ? 'bg-brand-100 text-brand-900'
                    : 'text-slate-700 hover:bg-slate-200/70 hover:text-slate-900'
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
