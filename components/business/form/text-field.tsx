'use client';
// Labelled text inputs and text areas, wired to their notes; other attributes pass through.
import type { ComponentPropsWithoutRef } from 'react';
import { control, describedBy, Field, type FieldNotesProps } from './field';

type Wired = 'id' | 'onChange' | 'className' | 'aria-invalid' | 'aria-describedby' | 'children';

interface LabelledProps extends FieldNotesProps {
  label: string;
  onChange?: (value: string) => void;
}

export function TextField({
  id,
  label,
  hint,
  counter,
  error,
  onChange,
  ...input
}: LabelledProps & Omit<ComponentPropsWithoutRef<'input'>, Wired>) {
  const notes = { id, hint, counter, error };
  return (
    <Field label={label} {...notes}>
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(notes)}
        onChange={onChange && ((event) => onChange(event.target.value))}
        className={control}
      />
    </Field>
  );
}

export function TextArea({
  id,
  label,
  hint,
  counter,
  error,
  onChange,
  rows = 4,
  ...textarea
}: LabelledProps & Omit<ComponentPropsWithoutRef<'textarea'>, Wired>) {
  const notes = { id, hint, counter, error };
  return (
    <Field label={label} {...notes}>
      <textarea
        id={id}
        rows={rows}
        {...textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(notes)}
        onChange={onChange && ((event) => onChange(event.target.value))}
        className={`${control} resize-y`}
      />
    </Field>
  );
}
