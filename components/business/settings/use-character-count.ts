'use client';

import { useTranslations } from 'next-intl';

/** A text's length against its limit, as the counter under a settings field. */
export function useCharacterCount() {
  const t = useTranslations('businessSettings');
  return (value: string, max: number) => ({
    text: t('characters', { count: value.length, max }),
    over: value.length > max,
  });
}
