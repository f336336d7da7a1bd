'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SaveStatus } from './use-settings-form';

const control =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] text-slate-900 shadow-xs focus:border-brand-700 focus:outline-2 focus:outline-brand-700/30 aria-invalid:border-red-700';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  max?: number;
}

function describedBy(id: string, hint?: string, error?: string, max?: number) {
  return (
    [hint && `${id}-hint`, max && `${id}-count`, error && `${id}-error`]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

function FieldNotes({ id, hint, error, value, max }: Omit<FieldProps, 'label' | 'onChange'>) {
  const t = useTranslations('businessSettings');
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {max && (
        <p
          id={`${id}-count`}
          className={`mt-1 text-xs ${value.length > max ? 'text-red-700' : 'text-slate-600'}`}
        >
          {t('characters', { count: value.length, max })}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

export function TextField({
  type = 'text',
  autoComplete = 'off',
  ...props
}: FieldProps & { type?: 'text' | 'email' | 'url' | 'tel'; autoComplete?: string }) {
  const { id, label, value, onChange, hint, error, max } = props;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, max)}
        onChange={(event) => onChange(event.target.value)}
        className={control}
      />
      <FieldNotes {...props} />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { id, label, value, onChange, hint, error, max, rows = 4 } = props;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, max)}
        onChange={(event) => onChange(event.target.value)}
        className={`${control} resize-y`}
      />
      <FieldNotes {...props} />
    </div>
  );
}

export function Toggle({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
        className="accent-brand-700 mt-0.5 size-5 shrink-0"
      />
      <div>
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** A titled card of related fields. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title?: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={title ? id : undefined}
      className="space-y-5 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:p-6"
    >
      {(title || intro) && (
        <div>
          {title && (
            <h2 id={id} className="text-base font-semibold text-slate-900">
              {title}
            </h2>
          )}
          {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
        </div>
      )}
      {children}
    </section>
  );
}

/** The save button and what became of the last save, announced politely. */
export function SaveBar({
  status,
  updatedElsewhere,
}: {
  status: SaveStatus;
  updatedElsewhere: boolean;
}) {
  const t = useTranslations('businessSettings');
  const message = {
    idle: updatedElsewhere ? t('updatedElsewhere') : '',
    saving: t('saving'),
    saved: t('saved'),
    invalid: t('fixErrors'),
    forbidden: t('forbidden'),
    failed: t('failed'),
  }[status];
  const bad = status === 'invalid' || status === 'forbidden' || status === 'failed';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={status === 'saving'}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 rounded-lg px-5 py-2 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
      >
        {t('save')}
      </button>
      <p role="status" className={`text-sm ${bad ? 'font-medium text-red-700' : 'text-slate-700'}`}>
        {message}
      </p>
    </div>
  );
}

/** Page heading and the form around the sections. */
export function SettingsForm({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="space-y-5"
    >
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      {children}
    </form>
  );
}
