import { useTranslations } from 'next-intl';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { SignInForm } from './sign-in-form';

/** What /business shows to anyone without an agent session. */
export function SignInScreen() {
  const t = useTranslations('businessShell.signIn');
  return (
    <main className="flex min-h-dvh flex-col items-center bg-slate-50 px-4 py-10 sm:justify-center">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end">
          <LanguageSwitch />
        </div>
        <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">Obrol</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{t('heading')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
          <SignInForm />
        </div>
      </div>
    </main>
  );
}
