'use client';

import { useTranslations } from 'next-intl';
import { RequestError } from '@/lib/client/request';

/** A refused save as a sentence for the person, by error code; field issues keep their text. */
export function useFormError() {
  const t = useTranslations('businessInbox.errors');
  return (error: unknown): string => {
    if (!(error instanceof RequestError)) return t('failed');
    switch (error.body.code) {
      case 'CONFLICT':
        return t('duplicate');
      case 'LIMIT_REACHED':
        return t('limit');
      case 'INVALID_PAYLOAD':
        return error.body.issues?.map((issue) => issue.message).join(' ') ?? t('failed');
      case 'NOT_FOUND':
        return t('gone');
      default:
        return t('failed');
    }
  };
}
