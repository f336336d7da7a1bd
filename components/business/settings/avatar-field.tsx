'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

const MAX_BYTES = 5 * 1024 * 1024;

interface AvatarFieldProps {
  url: string;
  error?: string | undefined;
  onUploaded: (url: string) => void;
}

/** Uploads the chosen photo at once (the server checks and re-encodes it); saving then uses it. */
export function AvatarField({ url, error, onUploaded }: AvatarFieldProps) {
  const t = useTranslations('businessSettings.profile');
  const id = useId();
  const [note, setNote] = useState<{ text: string; bad: boolean } | null>(null);

  async function upload(file: File) {
    if (file.size > MAX_BYTES) return setNote({ text: t('avatarTooLarge'), bad: true });
    setNote({ text: t('avatarUploading'), bad: false });
    const body = new FormData();
    body.append('file', file);
    try {
      const response = await fetch('/api/business/media', { method: 'POST', body });
      const result = (await response.json()) as
        { ok: true; data: { url: string } } | { ok: false; error: { code: string } };
      if (result.ok) {
        onUploaded(result.data.url);
        setNote({ text: t('avatarUploaded'), bad: false });
      } else if (response.status === 413) setNote({ text: t('avatarTooLarge'), bad: true });
      else if (result.error.code === 'INVALID_PAYLOAD')
        setNote({ text: t('avatarWrongType'), bad: true });
      else setNote({ text: t('avatarFailed'), bad: true });
    } catch {
      setNote({ text: t('avatarFailed'), bad: true });
    }
  }

  const shown = error ? { text: error, bad: true } : note;
  return (
    <div className="flex items-center gap-4">
      {url ? (
        // A plain img: the avatar is a small same-site image, already re-encoded on upload.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={url}
          alt=""
          className="size-20 shrink-0 rounded-full object-cover ring-1 ring-slate-200"
        />
      ) : (
        <div aria-hidden className="size-20 shrink-0 rounded-full bg-slate-200" />
      )}
      <div className="min-w-0">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t('avatar')}
        </label>
        <input
          id={id}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-hint${shown ? ` ${id}-note` : ''}`}
          aria-invalid={shown?.bad ? true : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
          className="file:bg-brand-50 file:text-brand-900 hover:file:bg-brand-100 mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:px-3 file:py-2 file:font-medium"
        />
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {t('avatarHint')}
        </p>
        {shown && (
          <p
            id={`${id}-note`}
            role={shown.bad ? 'alert' : 'status'}
            className={`mt-1 text-sm ${shown.bad ? 'font-medium text-red-700' : 'text-slate-700'}`}
          >
            {shown.text}
          </p>
        )}
      </div>
    </div>
  );
}
