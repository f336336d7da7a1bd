'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

interface NavLinkProps {
  href: string;
  /** Also the current page for any address under `href`. */
  matchNested?: boolean;
  className: string;
  activeClassName: string;
  inactiveClassName: string;
  children: ReactNode;
}

/** A navigation link marked aria-current="page" while it leads to the page shown. */
export function NavLink({
  href,
  matchNested = false,
  className,
  activeClassName,
  inactiveClassName,
  children,
}: NavLinkProps) {
  const pathname = usePathname();
  const active = pathname === href || (matchNested && pathname.startsWith(`${href}/`));
  const link = useRef<HTMLAnchorElement>(null);
  // In a row that scrolls sideways (a phone), the current section is brought into view.
  useEffect(() => {
    const element = link.current;
    const row = element?.closest('ul');
    if (!active || !element || !row || row.scrollWidth <= row.clientWidth) return;
    const offset = element.getBoundingClientRect().left - row.getBoundingClientRect().left;
    row.scrollLeft += offset - (row.clientWidth - element.offsetWidth) / 2;
  }, [active]);
  return (
    <Link
      ref={link}
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`${className} ${active ? activeClassName : inactiveClassName}`}
    >
      {children}
    </Link>
  );
}
