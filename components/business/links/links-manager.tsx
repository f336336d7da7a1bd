'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Link, LinkList as LinkPage } from '@/lib/protocol/links.schema';
import { LinkForm, type LinkProduct } from './link-form';
import { LinkList } from './link-list';
import { LinkResult } from './link-result';
import { useLinks } from './use-links';

interface LinksManagerProps {
  initial: LinkPage;
  products: LinkProduct[];
  /** Where shoppers reach this app, and the business's chat there: the links are built on them. */
  origin: string;
  slug: string;
}

/** The links page: the form for a new link, the link just made, and every link so far. */
export function LinksManager({ initial, products, origin, slug }: LinksManagerProps) {
  const t = useTranslations('businessLinks');
  const { links, hasMore, loadMore, create, update } = useLinks(initial);
  const [made, setMade] = useState<Link | null>(null);
  // The result shows the link as it is now, renamed or disabled since included.
  const latest = made ? (links.find((link) => link.id === made.id) ?? made) : null;

  return (
    <div className="mx-auto w-full max-w-5xl px-3 py-4 sm:px-6 sm:py-6">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('heading')}</h1>
      <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
      <div className="mt-5 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <section
            aria-labelledby="link-form-heading"
            className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
          >
            <h2 id="link-form-heading" className="mb-3 text-lg font-semibold text-slate-900">
              {t('form.heading')}
            </h2>
            <LinkForm products={products} create={create} onCreated={setMade} />
          </section>
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          {latest && <LinkResult link={latest} origin={origin} slug={slug} />}
          <LinkList
            links={links}
            origin={origin}
            hasMore={hasMore}
            loadMore={loadMore}
            update={update}
          />
        </div>
      </div>
    </div>
  );
}
