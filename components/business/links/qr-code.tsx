'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { secondaryButton } from '../catalog/buttons';

interface QrImages {
  png: string;
  svg: string;
}

/** The QR code of `url`, drawn in the browser, with PNG and SVG downloads named after `code`. */
export function QrCode({ url, code }: { url: string; code: string }) {
  const t = useTranslations('businessLinks.result');
  const [images, setImages] = useState<QrImages | null>(null);

  useEffect(() => {
    let current = true;
    // Loaded only once a link is shown: the page itself does not need the encoder.
    void import('qrcode').then(async (qrcode) => {
      const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
      const [png, svg] = await Promise.all([
        qrcode.toDataURL(url, { ...options, width: 1024 }),
        qrcode.toString(url, { ...options, type: 'svg' }),
      ]);
      if (current)
        setImages({ png, svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
    });
    return () => {
      current = false;
    };
  }, [url]);

  return (
    <figure className="flex flex-col items-center gap-3">
      {images ? (
        // A data URL drawn here: nothing for the image optimiser to fetch.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={images.svg}
          alt={t('qrAlt', { url })}
          width={176}
          height={176}
          className="size-44 rounded-lg bg-white ring-1 ring-slate-200"
        />
      ) : (
        <div aria-hidden className="size-44 animate-pulse rounded-lg bg-slate-100" />
      )}
      <figcaption className="text-center text-xs text-slate-600">{t('qrCaption')}</figcaption>
      {images && (
        <div className="flex flex-wrap justify-center gap-2">
          <a href={images.png} download={`obrol-${code}.png`} className={secondaryButton}>
            {t('downloadPng')}
          </a>
          <a href={images.svg} download={`obrol-${code}.svg`} className={secondaryButton}>
            {t('downloadSvg')}
          </a>
        </div>
      )}
    </figure>
  );
}
