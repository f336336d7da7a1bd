'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { RequestError } from '@/lib/client/request';
import type { Link } from '@/lib/protocol/links.schema';
import { secondaryButton } from '../catalog/buttons';
import { LinkRow } from './link-row';
import type { LinkActions } from './use-links';

interface LinkListProps {
  links: Link[];
  origin: string;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  update: LinkActions['update'];
}

/** Every link of the business, newest first, a page at a time. */
export function LinkList({ links, origin, hasMore, loadMore, update }: LinkListProps) {
  const t = useTranslations('businessLinks.list');
  const [error, setError] = useState<string | null>(null);

  function explain(failure: unknown) {
    const code = failure instanceof RequestError ? failure.body.code : null;
    setError(
      code === 'NOT_FOUND' ? t('gone') : code === 'INVALID_PAYLOAD' ? t('badName') : t('failed'),
    );
  }

  return (
    <section aria-labelledby="links-list-heading" className="min-w-0">
      <h2 id="links-list-heading" className="text-lg font-semibold text-slate-900">
        {t('heading')}
      </h2>
      <div role="alert" className="empty:hidden">
        {error && (
          <p className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {error}
          </p>
        )}
      </div>
      {links.length === 0 ? (
        <p className="mt-3 rounded-xl bg-white px-4 py-10 text-center text-slate-600 ring-1 ring-slate-200">
          {t('empty')}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 overflow-hidden rounded-xl bg-white ring-1 ring-slate-200">
          {links.map((link) => (
            <LinkRow
              key={link.id}
              link={link}
              origin={origin}
              update={async (...args) => {
                setError(null);
                return update(...args);
              }}
              onError={explain}
            />
          ))}
        </ul>
      )}
      {hasMore && (
        <button
          type="button"
          onClick={() => void loadMore().catch(explain)}
          className={`${secondaryButton} mt-3`}
        >
          {t('more')}
        </button>
      )}
    </section>
  );
}
