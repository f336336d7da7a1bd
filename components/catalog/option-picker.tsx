'use client';

import { useId } from 'react';
import type { Product } from '@/lib/protocol/commerce.schema';

type ProductOption = Product['options'][number];

/** One radio group per option, labelled by its name ("Ukuran"), drawn as chips. */
export function OptionPicker({
  option,
  value,
  onChange,
}: {
  option: ProductOption;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const legendId = useId();
  const name = useId();
  return (
    <fieldset role="radiogroup" aria-labelledby={legendId} className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-slate-900">
        <span id={legendId}>{option.name}</span>
        {value && (
          <span aria-hidden className="font-normal text-slate-700">
            : {value}
          </span>
        )}
      </legend>
      <div className="flex flex-wrap gap-2">
        {option.values.map((choice) => (
          <label key={choice} className="relative">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              // Invisible but over the chip: taps, and the focus, land on the real radio.
              className="peer absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
            />
            <span className="peer-checked:border-brand-700 peer-checked:bg-brand-50 peer-checked:text-brand-900 peer-focus-visible:outline-brand-700 peer-checked:ring-brand-700 block min-w-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-center text-sm font-medium text-slate-800 peer-checked:ring-1 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 hover:border-slate-400">
              {choice}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
