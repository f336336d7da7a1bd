'use client';
// The page around a business's saved list (labels, quick replies): heading, a form for a new
// one, and the saved ones, each edited in place or deleted.
import { useState, type ReactNode } from 'react';
import { useFormError } from './use-form-error';

interface SavedListManagerProps<Item extends { id: string }> {
  items: Item[];
  loaded: boolean;
  texts: {
    heading: string;
    intro: string;
    new: string;
    saved: string;
    none: string;
    edit: string;
    delete: string;
  };
  /** Ids for the two sections' headings. */
  newHeadingId: string;
  savedHeadingId: string;
  /** Accessible names of one item's edit and delete buttons. */
  editName: (item: Item) => string;
  deleteName: (item: Item) => string;
  /** The editor: empty for a new item, or for `existing`, calling `onDone` when finished. */
  renderEditor: (existing?: Item, onDone?: () => void) => ReactNode;
  renderItem: (item: Item) => ReactNode;
  remove: (item: Item) => Promise<unknown>;
  /** How the item lines up with its buttons: a one-line item centres, a longer one starts at the top. */
  align: 'center' | 'start';
}

export function SavedListManager<Item extends { id: string }>({
  items,
  loaded,
  texts,
  newHeadingId,
  savedHeadingId,
  editName,
  deleteName,
  renderEditor,
  renderItem,
  remove,
  align,
}: SavedListManagerProps<Item>) {
  const describe = useFormError();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function removeItem(item: Item) {
    setError(null);
    try {
      await remove(item);
    } catch (failure) {
      setError(describe(failure));
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-xl font-semibold">{texts.heading}</h1>
        <p className="mt-1 text-sm text-slate-700">{texts.intro}</p>
      </div>
      <section aria-labelledby={newHeadingId} className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id={newHeadingId} className="mb-3 font-semibold">
          {texts.new}
        </h2>
        {renderEditor()}
      </section>
      <section aria-labelledby={savedHeadingId}>
        <h2 id={savedHeadingId} className="mb-2 font-semibold">
          {texts.saved}
        </h2>
        {error && (
          <p role="alert" className="mb-2 text-sm text-red-800">
            {error}
          </p>
        )}
        {loaded && items.length === 0 && <p className="text-sm text-slate-700">{texts.none}</p>}
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.id} className="rounded-xl bg-white p-3 shadow-sm">
              {editing === item.id ? (
                renderEditor(item, () => setEditing(null))
              ) : (
                <div
                  className={`flex gap-3 ${align === 'center' ? 'items-center' : 'items-start'}`}
                >
                  <div className="min-w-0 flex-1">{renderItem(item)}</div>
                  <button
                    type="button"
                    onClick={() => setEditing(item.id)}
                    aria-label={editName(item)}
                    className="text-brand-800 text-sm font-medium underline"
                  >
                    {texts.edit}
                  </button>
                  <button
                    type="button"
                    onClick={() => void removeItem(item)}
                    aria-label={deleteName(item)}
                    className="text-sm font-medium text-red-800 underline"
                  >
                    {texts.delete}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
