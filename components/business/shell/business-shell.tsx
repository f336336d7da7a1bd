import { useTranslations } from 'next-intl';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { BusinessNav } from './business-nav';
import { SignOutButton } from './sign-out-button';

interface BusinessShellProps {
  businessName: string;
  agentName: string;
  children: React.ReactNode;
}

/** The signed-in frame: one bar on top, and a main area that fills the rest of the viewport. */
export function BusinessShell({ businessName, agentName, children }: BusinessShellProps) {
  const t = useTranslations('businessShell');
  return (
    <div className="flex h-dvh flex-col bg-slate-50">
      <header className="bg-brand-700 shrink-0 text-white shadow-sm">
        <div className="flex items-center gap-2 px-3 py-1.5 sm:gap-4 sm:px-4 sm:py-2">
          <p className="min-w-0 truncate font-semibold sm:max-w-56" title={businessName}>
            {businessName}
          </p>
          <BusinessNav className="hidden lg:flex" />
          <div className="ml-auto flex shrink-0 items-center gap-2 sm:gap-3">
            <p
              className="hidden max-w-40 truncate text-sm text-white/90 lg:block"
              title={agentName}
            >
              <span className="sr-only">{t('signedInAs')} </span>
              {agentName}
            </p>
            <LanguageSwitch tone="dark" />
            <SignOutButton />
          </div>
        </div>
        {/* Below laptop width the links get their own row (scrolling sideways on a phone). */}
        <BusinessNav className="flex border-t border-white/15 lg:hidden" />
      </header>
      <main id="main" className="min-h-0 flex-1 overflow-y-auto">
        {children}
      </main>
    </div>
  );
}
