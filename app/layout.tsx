import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { PwaRoot } from '@/components/pwa/pwa-root';
import { currentBuildId } from '@/lib/build-id';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return {
    title: { default: 'Obrol', template: '%s · Obrol' },
    description: t('tagline'),
    applicationName: 'Obrol',
    // app/manifest.ts is linked by Next itself; iOS reads these instead of the manifest.
    appleWebApp: { capable: true, title: 'Obrol', statusBarStyle: 'default' },
    icons: {
      icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }],
      apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
    },
  };
}

export const viewport: Viewport = {
  themeColor: '#0a6e57',
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    // The build that rendered this page, compared with the server's on every socket connection.
    <html lang={locale} data-build-id={currentBuildId()}>
      <body>
        <NextIntlClientProvider>
          {children}
          <PwaRoot />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
