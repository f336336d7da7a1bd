'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { AdminCatalog } from '@/lib/protocol/catalog-admin.schema';
import { RequestError } from '@/lib/client/request';
import { CollectionRow, validName } from './collection-row';
import { control } from '../form/field';
import { primaryButton } from './buttons';
import type { ChangeCatalog } from './use-admin-catalog';

interface CollectionsManagerProps {
  catalog: AdminCatalog;
  change: ChangeCatalog;
}

/** Collections in the order shoppers see them: add, rename, move up or down, delete. */
export function CollectionsManager({ catalog, change }: CollectionsManagerProps) {
  const t = useTranslations('businessCatalog');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const collections = catalog.collections;
  const counts = new Map<string, number>();
  for (const product of catalog.products)
    if (product.collectionId)
      counts.set(product.collectionId, (counts.get(product.collectionId) ?? 0) + 1);

  async function act(run: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await run();
      return true;
    } catch (failure) {
      const gone = failure instanceof RequestError && failure.body.code === 'NOT_FOUND';
      setError(gone ? t('notFound') : t('actionError'));
      return false;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!validName(name)) return setNameError(true);
    setNameError(false);
    if (await act(() => change('collection:create', { name }))) setName('');
  }

  function move(from: number, to: number) {
    const ids = collections.map((c) => c.id);
    const [moved] = ids.splice(from, 1);
    if (moved === undefined) return;
    ids.splice(to, 0, moved);
    void act(() => change('collection:reorder', { collectionIds: ids }));
  }

  return (
    <section aria-labelledby="catalog-collections" className="min-w-0">
      <h2 id="catalog-collections" className="text-lg font-semibold text-slate-900">
        {t('collections.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('collections.hint')}</p>
      <div role="alert" className="empty:hidden">
        {error && (
          <p className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {error}
          </p>
        )}
      </div>
      {collections.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t('collections.empty')}</p>
      ) : (
        <ol className="mt-3 divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200">
          {collections.map((collection, index) => (
            <CollectionRow
              key={collection.id}
              collection={collection}
              count={counts.get(collection.id) ?? 0}
              first={index === 0}
              last={index === collections.length - 1}
              onMove={(step) => move(index, index + step)}
              onRename={(next) =>
                act(() => change('collection:update', { collectionId: collection.id, name: next }))
              }
              onDelete={() => {
                if (window.confirm(t('collections.confirmDelete', { name: collection.name })))
                  void act(() => change('collection:delete', { collectionId: collection.id }));
              }}
            />
          ))}
        </ol>
      )}
      <form noValidate onSubmit={add} className="mt-3">
        <label htmlFor="new-collection" className="block text-sm font-medium text-slate-800">
          {t('collections.newName')}
        </label>
        <div className="flex gap-2">
          <input
            id="new-collection"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'new-collection-error' : undefined}
            className={control}
          />
          <button type="submit" className={`${primaryButton} mt-1 shrink-0`}>
            {t('collections.add')}
          </button>
        </div>
        {nameError && (
          <p id="new-collection-error" className="mt-1 text-sm font-medium text-red-700">
            {t('collections.nameError')}
          </p>
        )}
      </form>
    </section>
  );
}
