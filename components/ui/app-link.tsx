'use client';
// A link that navigates inside the app without next/link's code (about 3 KiB compressed), for
// screens whose first load has no room for it (docs/PERFORMANCE.md). It never prefetches; a click
// that asks for a new tab or window, or a download, is left to the browser.
import { useRouter } from 'next/navigation';
import type { ComponentProps, MouseEvent } from 'react';

type AppLinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string };

export function AppLink({ href, onClick, ...props }: AppLinkProps) {
  const router = useRouter();

  function navigate(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || props.target || props.download)
      return;
    event.preventDefault();
    router.push(href);
  }

  return <a {...props} href={href} onClick={navigate} />;
}
