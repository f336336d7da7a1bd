'use client';

import { useTranslations } from 'next-intl';
import { NavLink } from '../shell/nav-link';

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
  return (
    <nav aria-label={t('label')} className="shrink-0 md:w-52">
      <ul className="flex gap-1 overflow-x-auto px-3 py-2 md:flex-col md:overflow-visible md:px-0 md:py-0">
        {LINKS.map((link) => (
          <li key={link.href} className="shrink-0">
            <NavLink
              href={link.href}
              className="focus-visible:outline-brand-700 block rounded-lg px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2"
              activeClassName="bg-brand-100 text-brand-900"
              inactiveClassName="text-slate-700 hover:bg-slate-200/70 hover:text-slate-900"
            >
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
