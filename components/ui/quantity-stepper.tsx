'use client';

import { useTranslations } from 'next-intl';
import { MinusIcon, PlusIcon } from './icons';

interface QuantityStepperProps {
  value: number;
  min: number;
  max: number;
  /** Names the group, e.g. "Quantity" or "Quantity of Kemeja Batik". */
  label: string;
  disabled?: boolean;
  size?: 'md' | 'sm';
  onChange: (value: number) => void;
}

/** Minus, the number, plus. The buttons stop at the bounds instead of wrapping or clamping later. */
export function QuantityStepper({
  value,
  min,
  max,
  label,
  disabled = false,
  size = 'md',
  onChange,
}: QuantityStepperProps) {
  const t = useTranslations('catalog');
  const button =
    size === 'md'
      ? 'grid size-10 place-items-center rounded-full'
      : 'grid size-8 place-items-center rounded-full';
  const common = `${button} text-brand-800 hover:bg-brand-50 focus-visible:outline-brand-700 focus-visible:outline-2 disabled:text-slate-400 disabled:hover:bg-transparent`;

  return (
    <div
      role="group"
      aria-label={label}
      className="inline-flex items-center rounded-full border border-slate-300 bg-white"
    >
      <button
        type="button"
        aria-label={t('decrease')}
        disabled={disabled || value <= min}
        // Above the bound (stock fell), one press comes down to what there is.
        onClick={() => onChange(Math.max(min, Math.min(value - 1, max)))}
        className={common}
      >
        <MinusIcon className={size === 'md' ? 'size-5' : 'size-4'} />
      </button>
      <output
        aria-live="polite"
        className={`text-center font-semibold tabular-nums ${size === 'md' ? 'min-w-8 text-base' : 'min-w-6 text-sm'}`}
      >
        {value}
      </output>
      <button
        type="button"
        aria-label={t('increase')}
        disabled={disabled || value >= max}
        onClick={() => onChange(Math.min(max, value + 1))}
        className={common}
      >
        <PlusIcon className={size === 'md' ? 'size-5' : 'size-4'} />
      </button>
    </div>
  );
}
