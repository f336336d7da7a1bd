'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

type Failure = { kind: 'incorrect' } | { kind: 'rateLimited'; minutes: number } | { kind: 'other' };

/** Minutes to tell the person, from the Retry-After header (seconds); at least one. */
function retryMinutes(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 15;
}

export function SignInForm() {
  const t = useTranslations('businessShell.signIn');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    setBusy(true);
    setFailure(null);
    try {
      const response = await fetch('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ email: data.get('email'), password: data.get('password') }),
      });
      if (response.ok) {
        router.refresh();
        return;
      }
      // Wrong password, unknown email and a malformed email all read the same: no hint which.
      if (response.status === 429)
        setFailure({ kind: 'rateLimited', minutes: retryMinutes(response) });
      else if (response.status === 401 || response.status === 400)
        setFailure({ kind: 'incorrect' });
      else setFailure({ kind: 'other' });
    } catch {
      setFailure({ kind: 'other' });
    }
    setBusy(false);
  };

  const message =
    failure?.kind === 'incorrect'
      ? t('incorrect')
      : failure?.kind === 'rateLimited'
        ? t('rateLimited', { minutes: failure.minutes })
        : failure
          ? t('failed')
          : null;

  return (
    <form
      className="mt-6 space-y-4"
      aria-describedby={message ? 'sign-in-error' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <div role="alert" id="sign-in-error">
        {message && (
          <p className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {message}
          </p>
        )}
      </div>
      <Field name="email" type="email" autoComplete="username" label={t('email')} />
      <Field
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('password')}
      />
      <button
        type="submit"
        disabled={busy}
        aria-busy={busy}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 w-full rounded-lg px-4 py-2.5 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
      >
        {t('submit')}
      </button>
    </form>
  );
}

function Field(props: { name: string; type: string; autoComplete: string; label: string }) {
  const id = `sign-in-${props.name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        required
        maxLength={props.type === 'password' ? 1024 : 254}
        className="focus:border-brand-600 focus:ring-brand-200 mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:ring-2 focus:outline-none"
      />
    </div>
  );
}
