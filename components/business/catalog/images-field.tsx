'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import Image from 'next/image';
import { MAX_IMAGES } from '@/lib/protocol/catalog-admin.schema';
import { secondaryButton } from './buttons';
import { uploadImage } from './upload-image';

interface ImagesFieldProps {
  images: string[];
  error?: string | undefined;
  onChange: (images: string[]) => void;
}

/** The product's images in display order: upload (checked and re-encoded by the server), reorder, remove. */
export function ImagesField({ images, error, onChange }: ImagesFieldProps) {
  const t = useTranslations('businessCatalog.form');
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [notes, setNotes] = useState<string[]>([]);

  async function add(files: File[]) {
    setNotes([]);
    const room = MAX_IMAGES - images.length;
    const problems = files.length > room ? [t('tooManyImages', { max: MAX_IMAGES })] : [];
    let next = images;
    setBusy(true);
    // One at a time: the server re-encodes each, and two cores are shared with the chat.
    for (const file of files.slice(0, Math.max(room, 0))) {
      const result = await uploadImage(file);
      if (result.ok) {
        next = [...next, result.url];
        onChange(next);
      } else {
        const key = {
          tooLarge: 'imageTooLarge',
          wrongType: 'imageWrongType',
          failed: 'imageFailed',
        }[result.reason] as 'imageTooLarge' | 'imageWrongType' | 'imageFailed';
        problems.push(t(key, { file: file.name }));
      }
    }
    setBusy(false);
    setNotes(problems);
  }

  function move(from: number, to: number) {
    const next = [...images];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    onChange(next);
  }

  return (
    <fieldset
      id="product-images"
      tabIndex={-1}
      aria-describedby={['product-images-hint', error && 'product-images-error']
        .filter(Boolean)
        .join(' ')}
      className="outline-none sm:col-span-2"
    >
      <legend className="text-sm font-medium text-slate-800">{t('images')}</legend>
      <p id="product-images-hint" className="mt-1 text-sm text-slate-600">
        {t('imagesHint', { max: MAX_IMAGES })}
      </p>
      {error && (
        <p id="product-images-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {images.length > 0 && (
        <ol className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-3">
          {images.map((url, index) => {
            const n = index + 1;
            return (
              <li key={url} className="rounded-lg bg-slate-50 p-2 ring-1 ring-slate-200">
                <Image
                  src={url}
                  alt={t('imageAlt', { n, count: images.length })}
                  width={144}
                  height={144}
                  sizes="144px"
                  className="aspect-square h-auto w-full rounded-md bg-white object-cover"
                />
                <div className="mt-2 flex gap-1">
                  <button
                    type="button"
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label={t('moveEarlier', { n })}
                    className={`${secondaryButton} px-2`}
                  >
                    <span aria-hidden>←</span>
                  </button>
                  <button
                    type="button"
                    disabled={index === images.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label={t('moveLater', { n })}
                    className={`${secondaryButton} px-2`}
                  >
                    <span aria-hidden>→</span>
                  </button>
                  <button
                    type="button"
                    onClick={() => onChange(images.filter((_, i) => i !== index))}
                    aria-label={t('removeImage', { n })}
                    className={`${secondaryButton} ml-auto px-2 text-red-800`}
                  >
                    <span aria-hidden>✕</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {images.length < MAX_IMAGES && (
        <div className="mt-3">
          <label
            htmlFor={inputId}
            className={`${secondaryButton} inline-block cursor-pointer has-[:focus-visible]:outline-2`}
          >
            {busy ? t('uploading') : t('addImage')}
            <input
              id={inputId}
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp"
              disabled={busy}
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                if (files.length) void add(files);
              }}
              className="sr-only"
            />
          </label>
        </div>
      )}
      <div role="status" className="empty:hidden">
        {notes.map((note) => (
          <p key={note} className="mt-2 text-sm font-medium text-red-700">
            {note}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
