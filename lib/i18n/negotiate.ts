import Negotiator from 'negotiator';
import { defaultLocale, isLocale, locales, type Locale } from './config';

/** The remembered choice first, then the browser's Accept-Language, then Bahasa Indonesia. */
export function chooseLocale(
  cookieValue: string | undefined,
  acceptLanguage: string | null,
): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } });
  const preferred = negotiator.language([...locales]);
  return isLocale(preferred) ? preferred : defaultLocale;
}
