import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main className="mx-auto flex min-h-full max-w-md flex-col items-center justify-center gap-4 px-6 py-16 text-center">
      <p aria-hidden className="text-brand-700 text-6xl font-bold">
        404
      </p>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-600">{t('body')}</p>
      {/* This boundary is in every page's tree: a client link here made each page's first load
          download the home page's code (next/link, next/image). A full load of "/" is enough. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the comment above */}
      <a
        href="/"
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 rounded-full px-5 py-2.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {t('home')}
      </a>
    </main>
  );
}
