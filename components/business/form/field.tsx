'use client';
// A labelled form control for the business pages: a visible label, then an optional hint,
// character count and error, each tied to the control with aria-describedby.
import type { ReactNode } from 'react';

export const control =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] text-slate-900 shadow-xs focus:border-brand-700 focus:outline-2 focus:outline-brand-700/30 aria-invalid:border-red-700';

export interface FieldNotesProps {
  id: string;
  hint?: ReactNode;
  /** A character count, shown in red once the text is longer than allowed. */
  counter?: { text: string; over: boolean } | undefined;
  error?: string | undefined;
}

/** The ids of the notes under the control with this `id`, for its aria-describedby. */
export function describedBy({ id, hint, counter, error }: FieldNotesProps): string | undefined {
  return (
    [hint && `${id}-hint`, counter && `${id}-count`, error && `${id}-error`]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

export function FieldNotes({ id, hint, counter, error }: FieldNotesProps) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {counter && (
        <p
          id={`${id}-count`}
          className={`mt-1 text-xs ${counter.over ? 'text-red-700' : 'text-slate-600'}`}
        >
          {counter.text}
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

/** A label above its control (passed as children, with the same id), then the notes. */
export function Field({
  label,
  children,
  ...notes
}: FieldNotesProps & { label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={notes.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <FieldNotes {...notes} />
    </div>
  );
}
