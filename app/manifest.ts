import type { MetadataRoute } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';

// Read per request: the device's language (cookie or Accept-Language) names the shortcut.
export const dynamic = 'force-dynamic';

const THEME = '#0a6e57';

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [t, locale] = await Promise.all([getTranslations('pwa'), getLocale()]);
  return {
    // A stable id: the installed app stays the same app if start_url ever changes.
    id: '/',
    name: 'Obrol',
    short_name: t('shortName'),
    description: t('manifestDescription'),
    lang: locale,
    dir: 'ltr',
    start_url: '/?source=pwa',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME,
    background_color: '#ffffff',
    categories: ['shopping', 'social'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    screenshots: [
      {
        src: '/screenshots/chat-narrow.png',
        sizes: '720x1440',
        type: 'image/png',
        form_factor: 'narrow',
        label: t('manifestDescription'),
      },
      {
        src: '/screenshots/chat-wide.png',
        sizes: '1280x800',
        type: 'image/png',
        form_factor: 'wide',
        label: t('manifestDescription'),
      },
    ],
    shortcuts: [
      {
        name: t('shortcutDemo'),
        short_name: 'Demo',
        url: '/c/demo?source=pwa-shortcut',
        icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
      },
    ],
  };
}
