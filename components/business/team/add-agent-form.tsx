'use client';

import { useTranslations } from 'next-intl';
import { useState, type ComponentProps } from 'react';
import { request, RequestError } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import { MIN_AGENT_PASSWORD_LENGTH, type TeamMember } from '@/lib/protocol/team.schema';
import { TextField } from '../form/text-field';

type FieldName = 'displayName' | 'email' | 'password';
type FieldErrors = Partial<Record<FieldName, string>>;

const FIELDS: FieldName[] = ['displayName', 'email', 'password'];

export function AddAgentForm({ onAdded }: { onAdded: (member: TeamMember) => void }) {
  const t = useTranslations('businessShell.team');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    setBusy(true);
    setErrors({});
    setStatus(null);
    try {
      const { member } = await request(getSocket('agent'), 'team:add', {
        displayName: String(data.get('displayName') ?? ''),
        email: String(data.get('email') ?? ''),
        password: String(data.get('password') ?? ''),
      });
      onAdded(member);
      form.reset();
      setStatus(t('added', { name: member.displayName }));
    } catch (failure) {
      const body = failure instanceof RequestError ? failure.body : undefined;
      if (body?.code === 'CONFLICT') setErrors({ email: t('errors.emailInUse') });
      else if (body?.code === 'INVALID_PAYLOAD' && body.issues?.length) {
        const next: FieldErrors = {};
        for (const issue of body.issues) {
          const field = FIELDS.find((name) => name === issue.path);
          if (field) next[field] = t(`errors.${field}`);
        }
        setErrors(next);
      } else setStatus(body?.code === 'FORBIDDEN' ? t('errors.forbidden') : t('errors.failed'));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="team-add" className="mt-8">
      <h2 id="team-add" className="text-base font-semibold text-slate-900">
        {t('addHeading')}
      </h2>
      <form
        noValidate
        className="mt-2 space-y-4 rounded-xl bg-white p-4 ring-1 ring-slate-200"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
      >
        <AgentField
          name="displayName"
          label={t('displayName')}
          error={errors.displayName}
          autoComplete="off"
        />
        <AgentField
          name="email"
          type="email"
          label={t('email')}
          error={errors.email}
          autoComplete="off"
        />
        <AgentField
          name="password"
          type="password"
          label={t('password')}
          hint={t('passwordHint')}
          error={errors.password}
          autoComplete="new-password"
          minLength={MIN_AGENT_PASSWORD_LENGTH}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={busy}
            className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 rounded-lg px-4 py-2 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
          >
            {t('add')}
          </button>
          <p role="status" className="text-sm text-slate-700">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}

/** A required field named for the team:add payload, its id derived from the name. */
function AgentField({
  name,
  ...props
}: { name: FieldName } & Omit<ComponentProps<typeof TextField>, 'id' | 'name' | 'required'>) {
  return <TextField id={`team-${name}`} name={name} required {...props} />;
}
