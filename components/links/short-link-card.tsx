import { getTranslations } from 'next-intl/server';
import type { ShortLink } from '@/lib/links/short-link';

/**
 * A short link's page as link-preview crawlers see it (people are redirected): who the chat is
 * with and a way in. The page's metadata carries the preview itself.
 */
export async function ShortLinkCard({ link, href }: { link: ShortLink; href: string }) {
  const t = await getTranslations('linkPages');
  return (
    <>
      <h1 className="text-2xl font-semibold">{link.business.name}</h1>
      {link.business.about && <p className="text-slate-600">{link.business.about}</p>}
      {link.productName && <p className="font-medium text-slate-800">{link.productName}</p>}
      <a
        href={href}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 rounded-full px-5 py-2.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {t('openChat')}
      </a>
    </>
  );
}
