'use client';

import { useTranslations } from 'next-intl';
import type { InboxFilter } from '@/lib/inbox/inbox-list';
import type { Label } from '@/lib/protocol/inbox.schema';

export function InboxFilters({
  filter,
  labels,
  onChange,
}: {
  filter: InboxFilter;
  labels: Label[];
  onChange: (filter: InboxFilter) => void;
}) {
  const t = useTranslations('businessInbox');
  return (
    <div className="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
      <label className="flex min-w-0 flex-1 items-center gap-2 text-sm">
        <span className="shrink-0 text-slate-700">{t('filterLabel')}</span>
        <select
          value={filter.labelId ?? ''}
          onChange={(event) => onChange({ ...filter, labelId: event.target.value || null })}
          className="focus-visible:outline-brand-700 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2"
        >
          <option value="">{t('allLabels')}</option>
          {labels.map((label) => (
            <option key={label.id} value={label.id}>
              {label.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex shrink-0 items-center gap-1.5 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={filter.unreadOnly}
          onChange={(event) => onChange({ ...filter, unreadOnly: event.target.checked })}
          className="accent-brand-700 size-4"
        />
        {t('unreadOnly')}
      </label>
    </div>
  );
}
