// What a shared link's preview shows (Open Graph and Twitter cards, and the card image drawn for
// them): the business's public profile and, when the link names one, a product shoppers may see.
// Nothing here is about a shopper, so cards may be cached publicly.
import { createHash } from 'node:crypto';
import type { Metadata } from 'next';
import { cache } from 'react';
import { getBusinessRow } from '../business/queries';
import { formatMoney } from '../i18n/money';
import type { Locale } from '../i18n/config';
import { businessSlug } from '../protocol/chat.schema';
import { getRuntime } from '../runtime';
import { findVisibleProductBySku } from '../store/catalog.repository';

export interface PreviewProduct {
  sku: string;
  name: string;
  /** Already formatted the Indonesian way ("Rp 150.000"), whatever the reader's language. */
  price: string;
  image: string | null;
}

export interface PreviewSubject {
  slug: string;
  name: string;
  about: string;
  avatarUrl: string;
  product: PreviewProduct | null;
}

// A SKU from a shared link: short, and only the characters SKUs are made of.
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The ?product= of a link when it can be a SKU; anything else is ignored, never echoed. */
export function previewSku(value: unknown): string | null {
  return typeof value === 'string' && SKU.test(value) ? value : null;
}

/** The business behind a slug and, when `sku` names one it shows shoppers, that product. */
export const loadPreviewSubject = cache(
  async (slug: string, sku: string | null): Promise<PreviewSubject | null> => {
    if (!businessSlug.safeParse(slug).success) return null;
    const business = await getBusinessRow(slug);
    if (!business) return null;
    const product = sku
      ? await findVisibleProductBySku(getRuntime().store.db, business.id, sku)
      : undefined;
    return {
      slug: business.slug,
      name: business.name,
      about: business.about || business.description,
      avatarUrl: business.avatar_url,
      product: product
        ? {
            sku: product.sku,
            name: product.name,
            price: formatMoney(product.price, product.currency, 'id'),
            image: product.images[0] ?? null,
          }
        : null,
    };
  },
);

/** Crawlers cache cards by image URL: a version drawn from the content makes an edit show. */
export function cardVersion(subject: PreviewSubject): string {
  return createHash('sha256').update(JSON.stringify(subject)).digest('hex').slice(0, 12);
}

export function cardImagePath(subject: PreviewSubject, locale: Locale): string {
  const query = new URLSearchParams();
  if (subject.product) query.set('product', subject.product.sku);
  query.set('lang', locale);
  query.set('v', cardVersion(subject));
  return `/og/c/${subject.slug}?${query}`;
}

/** The path of the chat a card stands for, without campaign or tracking parameters. */
export function chatPath(subject: PreviewSubject): string {
  const product = subject.product ? `?product=${encodeURIComponent(subject.product.sku)}` : '';
  return `/c/${subject.slug}${product}`;
}

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { id: 'id_ID', en: 'en_US' };
const DESCRIPTION_LIMIT = 200;

/** On one line (a no-break space, as in "Rp 150.000", stays), at most `limit` characters. */
function clip(text: string, limit: number): string {
  const flat = text.replace(/[^\S\u00a0]+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1).trimEnd()}…` : flat;
}

export interface PreviewContext {
  origin: string;
  locale: Locale;
  /** The absolute URL the card stands for (og:url). */
  url: string;
  /** Said when the business wrote nothing about itself. */
  fallbackDescription: string;
  /** Describes the card image, in the reader's language. */
  imageAlt: string;
}

/** Open Graph and Twitter tags for a business's chat, or one of its products. */
export function previewMetadata(subject: PreviewSubject, context: PreviewContext): Metadata {
  const { product } = subject;
  const title = product ? `${product.name} · ${subject.name}` : subject.name;
  const description = clip(
    product ? `${product.price} · ${subject.name}` : subject.about || context.fallbackDescription,
    DESCRIPTION_LIMIT,
  );
  const image = {
    url: `${context.origin}${cardImagePath(subject, context.locale)}`,
    width: 1200,
    height: 630,
    alt: clip(context.imageAlt, 420),
    type: 'image/png',
  };
  return {
    title,
    description,
    openGraph: {
      type: 'website',
      siteName: 'Obrol',
      title,
      description,
      url: context.url,
      locale: OPEN_GRAPH_LOCALE[context.locale],
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
