'use client';

import { useTranslations } from 'next-intl';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import { useLiveBusinessList } from '@/lib/client/use-live-business-list';
import { MAX_LABELS } from '@/lib/protocol/inbox.schema';
import { LabelChip } from './label-chip';
import { LabelEditor } from './label-editor';
import { SavedListManager } from './saved-list-manager';

export function LabelsManager() {
  const t = useTranslations('businessInbox.labelForm');
  const { items: labels, loaded } = useLiveBusinessList('labels');

  return (
    <SavedListManager
      items={labels}
      loaded={loaded}
      texts={{
        heading: t('heading'),
        intro: t('intro', { max: MAX_LABELS }),
        new: t('new'),
        saved: t('saved', { count: labels.length, max: MAX_LABELS }),
        none: t('none'),
        edit: t('edit'),
        delete: t('delete'),
      }}
      newHeadingId="new-label"
      savedHeadingId="saved-labels"
      editName={(label) => t('editNamed', { name: label.name })}
      deleteName={(label) => t('deleteNamed', { name: label.name })}
      renderEditor={(existing, onDone) => <LabelEditor existing={existing} onDone={onDone} />}
      renderItem={(label) => <LabelChip label={label} />}
      remove={(label) => request(getSocket('agent'), 'label:delete', { labelId: label.id })}
      align="center"
    />
  );
}
