'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { shortLinkUrl } from '@/lib/links/link-url';
import { MAX_LINK_NAME, type Link } from '@/lib/protocol/links.schema';
import { primaryButton, secondaryButton } from '../catalog/buttons';
import { control } from '../form/field';
import { CopyButton } from './copy-button';
import type { LinkActions } from './use-links';

interface LinkRowProps {
  link: Link;
  origin: string;
  update: LinkActions['update'];
  onError: (error: unknown) => void;
}

/** One link in the list: what it is, what it brought, and rename, disable or enable in place. */
export function LinkRow({ link, origin, update, onError }: LinkRowProps) {
  const t = useTranslations('businessLinks.list');
  const locale = useLocale();
  const [renaming, setRenaming] = useState(false);
  const short = shortLinkUrl(origin, link.code);

  async function act(run: () => Promise<unknown>) {
    try {
      await run();
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  }

  return (
    <li className="flex flex-col gap-2 px-3 py-3 sm:px-4">
      {renaming ? (
        <RenameForm
          link={link}
          onCancel={() => setRenaming(false)}
          onSave={async (name) => {
            if (await act(() => update(link.id, { name }))) setRenaming(false);
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h3 className="min-w-0 font-medium break-words text-slate-900">{link.name}</h3>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${link.disabled ? 'bg-slate-100 text-slate-700' : 'bg-brand-50 text-brand-800'}`}
          >
            {link.disabled ? t('disabled') : t('active')}
          </span>
        </div>
      )}
      <p className="truncate font-mono text-sm text-slate-700">{short}</p>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <Stat term={t('usedFor')} value={t(`sourceTypes.${link.sourceType}`)} />
        <Stat term={t('opens')} value={String(link.opens)} />
        <Stat term={t('chats')} value={String(link.conversations)} />
        <Stat term={t('orders')} value={String(link.orders)} />
        <Stat
          term={t('created')}
          value={
            <time dateTime={link.createdAt} suppressHydrationWarning>
              {new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
                dateStyle: 'medium',
              }).format(new Date(link.createdAt))}
            </time>
          }
        />
      </dl>
      {!renaming && (
        <div className="flex flex-wrap items-center gap-2">
          <CopyButton text={short} label={t('copyNamed', { name: link.name })} />
          <button
            type="button"
            onClick={() => setRenaming(true)}
            aria-label={t('renameNamed', { name: link.name })}
            className={secondaryButton}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            onClick={() => void act(() => update(link.id, { disabled: !link.disabled }))}
            aria-label={t(link.disabled ? 'enableNamed' : 'disableNamed', { name: link.name })}
            className={secondaryButton}
          >
            {link.disabled ? t('enable') : t('disable')}
          </button>
        </div>
      )}
    </li>
  );
}

function Stat({ term, value }: { term: string; value: React.ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt>{term}:</dt>
      <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}

interface RenameFormProps {
  link: Link;
  onCancel: () => void;
  onSave: (name: string) => Promise<void>;
}

function RenameForm({ link, onCancel, onSave }: RenameFormProps) {
  const t = useTranslations('businessLinks.list');
  const [name, setName] = useState(link.name);
  const [saving, setSaving] = useState(false);
  const id = `rename-${link.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    await onSave(name);
    setSaving(false);
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t('newName', { name: link.name })}
        </label>
        <input
          id={id}
          value={name}
          required
          maxLength={MAX_LINK_NAME}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          className={control}
        />
      </div>
      <button type="submit" disabled={saving} className={primaryButton}>
        {t('save')}
      </button>
      <button type="button" onClick={onCancel} className={secondaryButton}>
        {t('cancel')}
      </button>
    </form>
  );
}
