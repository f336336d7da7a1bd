import { getTranslations } from 'next-intl/server';

const action =
  'bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 rounded-full px-5 py-2.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2';

/**
 * What a short link answers when it cannot lead anywhere: a disabled link still offers its
 * business's chat; a code that names no link (`business` null) offers the list of shops.
 */
export async function LinkUnavailable({
  business,
}: {
  business: { slug: string; name: string } | null;
}) {
  const t = await getTranslations('linkPages');
  return (
    <>
      <p aria-hidden className="text-brand-700 text-6xl font-bold">
        404
      </p>
      {business ? (
        <>
          <h1 className="text-2xl font-semibold">{t('inactive.title')}</h1>
          <p className="text-slate-600">{t('inactive.body', { business: business.name })}</p>
          <a href={`/c/${encodeURIComponent(business.slug)}`} className={action}>
            {t('inactive.action', { business: business.name })}
          </a>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t('missing.title')}</h1>
          <p className="text-slate-600">{t('missing.body')}</p>
          {/* A full load of "/", as app/not-found.tsx does. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
          <a href="/" className={action}>
            {t('missing.action')}
          </a>
        </>
      )}
    </>
  );
}
