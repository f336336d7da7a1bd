'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { BusinessProfile } from '@/lib/business/profile';
import { currentLabels } from '@/lib/inbox/inbox-list';
import { useAgentConversation } from '@/lib/client/use-agent-conversation';
import type { ConversationSummary } from '@/lib/protocol/chat.schema';
import type { Label, QuickReply } from '@/lib/protocol/inbox.schema';
import { AgentComposer } from './agent-composer';
import { AgentMessageList } from './agent-message-list';
import { LabelChip } from './label-chip';
import { LabelPicker } from './label-picker';
import { ShopperNameForm } from './shopper-name-form';
import { useShopperName } from './shopper-name';

interface ConversationViewProps {
  conversationId: string;
  summary: ConversationSummary | undefined;
  business: BusinessProfile;
  labels: Label[];
  quickReplies: QuickReply[];
  onBack: () => void;
  onSummary: (conversation: ConversationSummary) => void;
}

/** One conversation: header with the shopper's name and labels, the history, the composer. */
export function ConversationView(props: ConversationViewProps) {
  const t = useTranslations('businessInbox');
  const { state, referrals, send, retry, discard, loadEarlier, setTyping } = useAgentConversation(
    props.conversationId,
  );
  const [renaming, setRenaming] = useState(false);
  const shopperName = useShopperName();
  const name = props.summary
    ? shopperName(props.summary)
    : state.conversation
      ? shopperName({ shopperName: null, shopperId: state.conversation.shopperId })
      : '';
  const applied = currentLabels(props.summary?.labels ?? [], props.labels);

  return (
    <section aria-label={name} className="flex min-h-0 flex-1 flex-col">
      <header className="flex shrink-0 flex-col gap-1.5 border-b border-slate-200 bg-white px-3 py-2">
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={props.onBack}
            className="focus-visible:outline-brand-700 -ml-1 grid size-9 shrink-0 place-items-center rounded-full text-lg text-slate-800 hover:bg-slate-100 focus-visible:outline-2 md:hidden"
          >
            {/* An arrow is enough on a phone's narrow header; the name is for screen readers. */}
            <span aria-hidden>←</span>
            <span className="sr-only">{t('back')}</span>
          </button>
          {renaming ? (
            <ShopperNameForm
              conversationId={props.conversationId}
              current={props.summary?.shopperName ?? ''}
              onDone={(conversation) => {
                if (conversation) props.onSummary(conversation);
                setRenaming(false);
              }}
            />
          ) : (
            <>
              <h2 className="min-w-0 truncate text-base font-semibold">{name}</h2>
              <button
                type="button"
                onClick={() => setRenaming(true)}
                className="text-brand-800 shrink-0 text-sm font-medium underline"
              >
                {t('rename')}
              </button>
              <div className="ml-auto shrink-0">
                <LabelPicker
                  conversationId={props.conversationId}
                  applied={applied}
                  labels={props.labels}
                  onChanged={props.onSummary}
                />
              </div>
            </>
          )}
        </div>
        {applied.length > 0 && (
          <ul aria-label={t('appliedLabels')} className="flex flex-wrap gap-1">
            {applied.map((label) => (
              <li key={label.id}>
                <LabelChip label={label} />
              </li>
            ))}
          </ul>
        )}
      </header>
      <AgentMessageList
        business={props.business}
        shopperName={name}
        state={state}
        referrals={referrals}
        onLoadEarlier={loadEarlier}
        onRetry={retry}
        onDiscard={discard}
      />
      <div className="bg-chat shrink-0">
        <AgentComposer quickReplies={props.quickReplies} onSend={send} onTyping={setTyping} />
      </div>
    </section>
  );
}
