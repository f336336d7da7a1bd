'use client';

import Image from 'next/image';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** The large image spans the panel: the phone's width, the 448 px sheet, or the side panel. */
const LARGE_SIZES =
  '(min-width: 1280px) 440px, (min-width: 1024px) 400px, (min-width: 640px) 448px, 100vw';

export function ProductGallery({ name, images }: { name: string; images: string[] }) {
  const t = useTranslations('catalog');
  const [shown, setShown] = useState(0);
  const current = images[shown] ?? images[0];
  if (!current) return <div aria-hidden className="aspect-square w-full bg-slate-100" />;

  return (
    <div className="flex flex-col gap-2">
      <div className="aspect-square w-full bg-slate-100">
        <Image
          key={current}
          src={current}
          alt={
            images.length > 1 ? t('image', { name, index: shown + 1, count: images.length }) : name
          }
          width={800}
          height={800}
          sizes={LARGE_SIZES}
          loading="eager"
          fetchPriority="high"
          className="size-full object-cover"
        />
      </div>
      {images.length > 1 && (
        <ul className="flex gap-2 px-3 sm:px-4">
          {images.map((image, index) => (
            <li key={image}>
              <button
                type="button"
                aria-label={t('showImage', { index: index + 1, count: images.length })}
                aria-pressed={index === shown}
                onClick={() => setShown(index)}
                className={`focus-visible:outline-brand-700 block size-16 overflow-hidden rounded-lg border-2 focus-visible:outline-2 focus-visible:outline-offset-2 ${
                  index === shown
                    ? 'border-brand-600'
                    : 'border-transparent opacity-80 hover:opacity-100'
                }`}
              >
                <Image
                  src={image}
                  alt=""
                  width={64}
                  height={64}
                  sizes="64px"
                  className="size-full object-cover"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
