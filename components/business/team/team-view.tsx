'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { TeamMember } from '@/lib/protocol/team.schema';
import { AddAgentForm } from './add-agent-form';

interface TeamViewProps {
  initial: TeamMember[];
  /** The signed-in agent's id: nobody removes themself. */
  me: string;
  isOwner: boolean;
}

export function TeamView({ initial, me, isOwner }: TeamViewProps) {
  const t = useTranslations('businessShell.team');
  const [members, setMembers] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const socket = getSocket('agent');
    const onUpdated = (payload: { members: TeamMember[] }) => setMembers(payload.members);
    socket.on('team:updated', onUpdated);
    return () => {
      socket.off('team:updated', onUpdated);
    };
  }, []);

  const remove = async (member: TeamMember) => {
    if (!window.confirm(t('removeConfirm', { name: member.displayName || member.email }))) return;
    setError(null);
    try {
      await request(getSocket('agent'), 'team:remove', { agentId: member.agentId });
      setMembers((current) => current.filter((m) => m.agentId !== member.agentId));
    } catch {
      setError(t('errors.failed'));
    }
  };

  return (
    <div className="mx-auto w-full max-w-3xl px-3 py-4 sm:px-6 sm:py-6">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('heading')}</h1>
      <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>

      <section aria-labelledby="team-members" className="mt-5">
        <h2 id="team-members" className="text-base font-semibold text-slate-900">
          {t('membersHeading')}
        </h2>
        <div role="alert" className="empty:hidden">
          {error && <p className="mt-2 text-sm text-red-800">{error}</p>}
        </div>
        <ul className="mt-2 divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200">
          {members.map((member) => (
            <li
              key={member.agentId}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3"
            >
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-slate-900">
                  {member.displayName || member.email}
                  {member.agentId === me && (
                    <span className="font-normal text-slate-600"> ({t('you')})</span>
                  )}
                </p>
                <p className="truncate text-sm text-slate-600">{member.email}</p>
              </div>
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">
                {member.role === 'owner' ? t('owner') : t('agent')}
              </span>
              {isOwner && member.agentId !== me && (
                <button
                  type="button"
                  onClick={() => void remove(member)}
                  aria-label={t('removeLabel', { name: member.displayName || member.email })}
                  className="rounded-lg border border-red-300 px-2.5 py-1 text-sm font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
                >
                  {t('remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      {isOwner ? (
        <AddAgentForm onAdded={(member) => setMembers((current) => [...current, member])} />
      ) : (
        <p className="mt-6 text-sm text-slate-600">{t('ownerOnly')}</p>
      )}
    </div>
  );
}
