// Link-preview metadata for pages: the request gives the public origin and the reader's language.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, defaultLocale } from '../i18n/config';
import { publicOrigin } from '../http/public-origin';
import { isPreviewCrawler } from './crawlers';
import {
  chatPath,
  loadPreviewSubject,
  previewMetadata,
  previewSku,
  type PreviewSubject,
} from './preview';
import { findShortLink } from './short-link';

/**
 * The card for `subject`. `path` is the page the card stands for (og:url): the chat itself, or
 * a short link, whose own URL must stay the one shared so its clicks keep their attribution.
 */
export async function linkPreviewMetadata(
  subject: PreviewSubject,
  path: string = chatPath(subject),
): Promise<Metadata> {
  const [requestHeaders, requestLocale, t, tApp] = await Promise.all([
    headers(),
    getLocale(),
    getTranslations('linkPreview'),
    getTranslations('app'),
  ]);
  const origin = publicOrigin(requestHeaders);
  const { product } = subject;
  return previewMetadata(subject, {
    origin,
    locale: isLocale(requestLocale) ? requestLocale : defaultLocale,
    url: `${origin}${path}`,
    fallbackDescription: tApp('tagline'),
    imageAlt: product
      ? t('productImageAlt', {
          product: product.name,
          price: product.price,
          business: subject.name,
        })
      : t('businessImageAlt', { name: subject.name, about: subject.about || tApp('tagline') }),
  });
}

/** The card of /c/<slug>: the business's, or a product's when `product` names one it shows. */
export async function chatPreviewMetadata(slug: string, product: unknown): Promise<Metadata> {
  const subject = await loadPreviewSubject(slug, previewSku(product));
  return subject ? linkPreviewMetadata(subject) : {};
}

/**
 * The card of /l/<code> for a crawler: its product's, or its business's, with the short link as
 * og:url. A missing or disabled link has none; a shopper is redirected and needs none.
 */
export async function shortLinkPreviewMetadata(code: string): Promise<Metadata> {
  if (!isPreviewCrawler((await headers()).get('user-agent'))) return {};
  const link = await findShortLink(code);
  if (!link?.enabled) return {};
  const subject = await loadPreviewSubject(link.business.slug, link.productSku);
  return subject ? linkPreviewMetadata(subject, `/l/${link.code}`) : {};
}
