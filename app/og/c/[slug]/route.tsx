import { createTranslator } from 'next-intl';
import { ImageResponse } from 'next/og';
import { PICTURE, PreviewCard } from '@/components/links/preview-card';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en.json';
import id from '@/lib/i18n/messages/id.json';
import { errorResponse } from '@/lib/http/respond';
import { drawCardOnce } from '@/lib/links/card-image-cache';
import { cardText } from '@/lib/links/card-text';
import {
  cardVersion,
  loadPreviewSubject,
  previewSku,
  type PreviewSubject,
} from '@/lib/links/preview';
import { loadCardPicture } from '@/lib/links/preview-image';
import { AppError } from '@/lib/protocol/errors';

export const dynamic = 'force-dynamic';

const messages = { en, id } satisfies Record<Locale, unknown>;

async function drawCard(subject: PreviewSubject, locale: Locale): Promise<ArrayBuffer> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'linkPreview' });
  const { product } = subject;
  const [avatar, productPicture] = await Promise.all([
    loadCardPicture(subject.avatarUrl, product ? 128 : 240),
    product?.image ? loadCardPicture(product.image, PICTURE.width, PICTURE.height) : null,
  ]);
  const card = new ImageResponse(
    <PreviewCard
      businessName={cardText(subject.name, 80)}
      about={cardText(subject.about, 220)}
      avatar={avatar}
      product={
        product
          ? { name: cardText(product.name, 120), price: product.price, picture: productPicture }
          : null
      }
      callToAction={t(product ? 'openProduct' : 'openChat')}
    />,
    { width: 1200, height: 630 },
  );
  // Drawn in full before answering, so a failure is a clean error and not a cut-off image.
  return card.arrayBuffer();
}

/**
 * The card image of a business's chat link, or of one of its products (?product=<sku>): public
 * profile and catalog only, so shared caches and crawlers may keep it for an hour. An unknown
 * product draws the business's card; an unknown business is a 404. ?lang= picks the language of
 * the call to action; ?v= (a digest of the content, see cardImagePath) only makes the URL change
 * when the card does, so crawlers that keep images by URL fetch the new one.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { searchParams } = new URL(request.url);
    const lang = searchParams.get('lang');
    const locale = isLocale(lang) ? lang : defaultLocale;
    const subject = await loadPreviewSubject(
      (await params).slug,
      previewSku(searchParams.get('product')),
    );
    if (!subject) throw new AppError('NOT_FOUND', 'There is no such business.');
    const png = await drawCardOnce(`${cardVersion(subject)}:${locale}`, () =>
      drawCard(subject, locale),
    );
    // A copy: the kept card must stay whole whatever the response does with its body.
    return new Response(png.slice(0), {
      headers: {
        'Content-Type': 'image/png',
        'Content-Length': String(png.byteLength),
        'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
