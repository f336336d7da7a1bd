import { LinkUnavailable } from '@/components/links/link-unavailable';
import { findShortLink } from '@/lib/links/short-link';

interface ShortLinkLayoutProps {
  children: React.ReactNode;
  params: Promise<{ code: string }>;
}

/**
 * The frame of a short link's page. For a missing or disabled link the page calls notFound(),
 * which makes the answer a real 404, and not-found.tsx renders nothing: a not-found file gets no
 * params, so the friendly page, which names the business of a disabled link, is drawn here.
 */
export default async function ShortLinkLayout({ children, params }: ShortLinkLayoutProps) {
  const link = await findShortLink((await params).code);
  return (
    <main className="mx-auto flex min-h-full max-w-md flex-col items-center justify-center gap-4 px-6 py-16 text-center">
      {children}
      {!link?.enabled && <LinkUnavailable business={link?.business ?? null} />}
    </main>
  );
}
