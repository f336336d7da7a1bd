'use client';

import { useTranslations } from 'next-intl';
import { MAX_OPTION_GROUPS } from '@/lib/protocol/catalog-admin.schema';
import { control } from '../form/field';
import { secondaryButton } from './buttons';
import { optionKey, type OptionDraft } from './product-draft';

interface OptionGroupsFieldProps {
  options: OptionDraft[];
  error?: string | undefined;
  onChange: (options: OptionDraft[]) => void;
}

/** Options such as Size or Colour, each with its choices typed as a comma-separated list. */
export function OptionGroupsField({ options, error, onChange }: OptionGroupsFieldProps) {
  const t = useTranslations('businessCatalog.form');
  const edit = (index: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));

  return (
    <fieldset
      id="product-options"
      tabIndex={-1}
      aria-describedby={['product-options-hint', error && 'product-options-error']
        .filter(Boolean)
        .join(' ')}
      className="outline-none sm:col-span-2"
    >
      <legend className="text-sm font-medium text-slate-800">{t('options')}</legend>
      <p id="product-options-hint" className="mt-1 text-sm text-slate-600">
        {t('optionsHint')}
      </p>
      {error && (
        <p id="product-options-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <ol className="mt-2 space-y-3">
        {options.map((option, index) => {
          const n = index + 1;
          return (
            <li
              key={option.key}
              className="grid gap-2 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-end"
            >
              <div>
                <label htmlFor={`${option.key}-name`} className="block text-sm text-slate-800">
                  {t('optionName', { n })}
                </label>
                <input
                  id={`${option.key}-name`}
                  value={option.name}
                  onChange={(event) => edit(index, { name: event.target.value })}
                  className={control}
                />
              </div>
              <div>
                <label htmlFor={`${option.key}-values`} className="block text-sm text-slate-800">
                  {t('optionValues', { n })}
                </label>
                <input
                  id={`${option.key}-values`}
                  value={option.values}
                  aria-describedby={`${option.key}-values-hint`}
                  onChange={(event) => edit(index, { values: event.target.value })}
                  className={control}
                />
                <p id={`${option.key}-values-hint`} className="sr-only">
                  {t('optionValuesHint')}
                </p>
              </div>
              <button
                type="button"
                onClick={() => onChange(options.filter((_, i) => i !== index))}
                className={`${secondaryButton} justify-self-start`}
              >
                {t('removeOption', { n })}
              </button>
            </li>
          );
        })}
      </ol>
      {options.length < MAX_OPTION_GROUPS && (
        <button
          type="button"
          onClick={() => onChange([...options, { key: optionKey(), name: '', values: '' }])}
          className={`${secondaryButton} mt-3`}
        >
          {t('addOption')}
        </button>
      )}
    </fieldset>
  );
}
