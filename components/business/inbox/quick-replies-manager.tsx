'use client';

import { useTranslations } from 'next-intl';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import { useLiveBusinessList } from '@/lib/client/use-live-business-list';
import { MAX_QUICK_REPLIES } from '@/lib/protocol/inbox.schema';
import { QuickReplyEditor } from './quick-reply-editor';
import { SavedListManager } from './saved-list-manager';

export function QuickRepliesManager() {
  const t = useTranslations('businessInbox.quickReplyForm');
  const { items: quickReplies, loaded } = useLiveBusinessList('quickReplies');

  return (
    <SavedListManager
      items={quickReplies}
      loaded={loaded}
      texts={{
        heading: t('heading'),
        intro: t('intro', { max: MAX_QUICK_REPLIES }),
        new: t('new'),
        saved: t('saved', { count: quickReplies.length, max: MAX_QUICK_REPLIES }),
        none: t('none'),
        edit: t('edit'),
        delete: t('delete'),
      }}
      newHeadingId="new-quick-reply"
      savedHeadingId="saved-quick-replies"
      editName={(reply) => t('editNamed', { shortcut: reply.shortcut })}
      deleteName={(reply) => t('deleteNamed', { shortcut: reply.shortcut })}
      renderEditor={(existing, onDone) => <QuickReplyEditor existing={existing} onDone={onDone} />}
      renderItem={(reply) => (
        <>
          <p className="text-brand-800 font-semibold">/{reply.shortcut}</p>
          <p className="text-sm break-words whitespace-pre-wrap text-slate-800">{reply.text}</p>
        </>
      )}
      remove={(reply) =>
        request(getSocket('agent'), 'quick-reply:delete', { quickReplyId: reply.id })
      }
      align="start"
    />
  );
}
