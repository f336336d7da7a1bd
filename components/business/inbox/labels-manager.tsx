'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import { useLiveBusinessList } from '@/lib/client/use-live-business-list';
import { MAX_LABELS } from '@/lib/protocol/inbox.schema';
import { LabelChip } from './label-chip';
import { LabelEditor } from './label-editor';
import { useFormError } from './use-form-error';

export function LabelsManager() {
  const t = useTranslations('businessInbox.labelForm');
  const describe = useFormError();
  const { items: labels, loaded } = useLiveBusinessList('labels');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(labelId: string) {
    setError(null);
    try {
      await request(getSocket('agent'), 'label:delete', { labelId });
    } catch (failure) {
      setError(describe(failure));
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-xl font-semibold">{t('heading')}</h1>
        <p className="mt-1 text-sm text-slate-700">{t('intro', { max: MAX_LABELS })}</p>
      </div>
      <section aria-labelledby="new-label" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="new-label" className="mb-3 font-semibold">
          {t('new')}
        </h2>
        <LabelEditor />
      </section>
      <section aria-labelledby="saved-labels">
        <h2 id="saved-labels" className="mb-2 font-semibold">
          {t('saved', { count: labels.length, max: MAX_LABELS })}
        </h2>
        {error && (
          <p role="alert" className="mb-2 text-sm text-red-800">
            {error}
          </p>
        )}
        {loaded && labels.length === 0 && <p className="text-sm text-slate-700">{t('none')}</p>}
        <ul className="flex flex-col gap-2">
          {labels.map((label) => (
            <li key={label.id} className="rounded-xl bg-white p-3 shadow-sm">
              {editing === label.id ? (
                <LabelEditor existing={label} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex items-center gap-3">
                  <div className="min-w-0 flex-1">
                    <LabelChip label={label} />
                  </div>
                  <button
                    type="button"
                    onClick={() => setEditing(label.id)}
                    aria-label={t('editNamed', { name: label.name })}
                    className="text-brand-800 text-sm font-medium underline"
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => void remove(label.id)}
                    aria-label={t('deleteNamed', { name: label.name })}
                    className="text-sm font-medium text-red-800 underline"
                  >
                    {t('delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
