import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE } from '../identity/cookie-names';
import { chooseLocale } from './negotiate';

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = chooseLocale(
    cookieStore.get(LOCALE_COOKIE)?.value,
    headerList.get('accept-language'),
  );
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: 'Asia/Jakarta' };
});
