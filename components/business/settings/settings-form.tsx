'use client';

import type { ReactNode } from 'react';

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
