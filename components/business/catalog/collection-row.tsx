'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { MAX_COLLECTION_NAME, type AdminCollection } from '@/lib/protocol/catalog-admin.schema';
import { control } from '../form/field';
import { primaryButton, secondaryButton } from './buttons';

export const validName = (name: string) =>
  name.trim().length > 0 && name.trim().length <= MAX_COLLECTION_NAME;

interface CollectionRowProps {
  collection: AdminCollection;
  count: number;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => void;
}

/** One collection: its name and product count, or a rename form in its place. */
export function CollectionRow({
  collection,
  count,
  first,
  last,
  onMove,
  onRename,
  onDelete,
}: CollectionRowProps) {
  const t = useTranslations('businessCatalog');
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = `collection-${collection.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft === null || !validName(draft)) return;
    if (await onRename(draft)) setDraft(null);
  }

  if (draft !== null) {
    const invalid = !validName(draft);
    return (
      <li className="px-3 py-2">
        <form noValidate onSubmit={save}>
          <label htmlFor={inputId} className="block text-sm text-slate-800">
            {t('collections.nameLabel', { name: collection.name })}
          </label>
          <input
            id={inputId}
            autoFocus
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={invalid ? true : undefined}
            className={control}
          />
          <div className="mt-2 flex gap-2">
            <button type="submit" disabled={invalid} className={primaryButton}>
              {t('collections.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)} className={secondaryButton}>
              {t('collections.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="flex flex-wrap items-center gap-2 px-3 py-2">
      {/* A basis keeps the name readable: in the narrow sidebar the buttons wrap below it. */}
      <div className="min-w-0 flex-1 basis-32">
        <p className="truncate font-medium text-slate-900">{collection.name}</p>
        <p className="text-xs text-slate-600">{t('productCount', { count })}</p>
      </div>
      <div className="flex shrink-0 gap-1">
        <button
          type="button"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={t('collections.moveUp', { name: collection.name })}
          className={`${secondaryButton} px-2`}
        >
          <span aria-hidden>↑</span>
        </button>
        <button
          type="button"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={t('collections.moveDown', { name: collection.name })}
          className={`${secondaryButton} px-2`}
        >
          <span aria-hidden>↓</span>
        </button>
        <button
          type="button"
          onClick={() => setDraft(collection.name)}
          aria-label={t('collections.renameNamed', { name: collection.name })}
          className={secondaryButton}
        >
          {t('collections.rename')}
        </button>
        <button
          type="button"
          onClick={onDelete}
          aria-label={t('collections.deleteNamed', { name: collection.name })}
          className={`${secondaryButton} text-red-800`}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
