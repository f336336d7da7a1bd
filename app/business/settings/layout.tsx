import { SettingsNav } from '@/components/business/settings/settings-nav';

/** Every settings page: the sections' navigation beside (or above, on phones) the page. */
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col md:flex-row md:gap-8 md:px-6 md:py-6">
      <SettingsNav />
      <div className="min-w-0 flex-1 px-3 pb-8 md:px-0">{children}</div>
    </div>
  );
}
