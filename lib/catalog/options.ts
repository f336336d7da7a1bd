// A product's options as chosen for the cart: every option named, every value one the product offers.
import { AppError } from '../protocol/errors';
import type { SelectedOptions } from '../protocol/commerce.schema';
import type { ProductOption } from '../store/schema';

/** One stable key per combination, so the same choice lands on the same cart line. */
export function optionKey(options: SelectedOptions): string {
  return Object.keys(options)
    .sort()
    .map((name) => `${name}=${options[name]}`)
    .join('|');
}

export function checkOptions(available: ProductOption[], chosen: SelectedOptions): SelectedOptions {
  const issues = [];
  for (const option of available) {
    const value = chosen[option.name];
    if (value === undefined) {
      issues.push({
        path: `options.${option.name}`,
        message: `Choose ${option.name}: ${option.values.join(', ')}.`,
      });
    } else if (!option.values.includes(value)) {
      issues.push({
        path: `options.${option.name}`,
        message: `${option.name} "${value}" is not offered.`,
      });
    }
  }
  for (const name of Object.keys(chosen)) {
    if (!available.some((option) => option.name === name)) {
      issues.push({ path: `options.${name}`, message: `This product has no option "${name}".` });
    }
  }
  if (issues.length)
    throw new AppError(
      'INVALID_PAYLOAD',
      'Those options are not available for this product.',
      issues,
    );
  return Object.fromEntries(available.map((option) => [option.name, chosen[option.name] ?? '']));
}
