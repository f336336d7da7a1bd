'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

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
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`${className} ${active ? activeClassName : inactiveClassName}`}
    >
      {children}
    </Link>
  );
}
