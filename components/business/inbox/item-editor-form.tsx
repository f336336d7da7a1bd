'use client';
// The form around a saved item's fields: saving with a busy button, the refusal as an alert, and
// cancel while editing.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useFormError } from './use-form-error';

interface ItemEditorFormProps {
  /** Sends the fields; a new item's form clears them afterwards. */
  save: () => Promise<void>;
  /** Editing a saved item rather than adding one. */
  editing: boolean;
  onDone?: (() => void) | undefined;
  texts: { add: string; save: string; cancel: string };
  children: ReactNode;
}

export function ItemEditorForm({ save, editing, onDone, texts, children }: ItemEditorFormProps) {
  const describe = useFormError();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await save();
      onDone?.();
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      {children}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy}
          className="bg-brand-700 hover:bg-brand-800 rounded-full px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {editing ? texts.save : texts.add}
        </button>
        {onDone && editing && (
          <button
            type="button"
            onClick={onDone}
            className="px-3 py-2 text-sm font-medium text-slate-700"
          >
            {texts.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
