'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { fullLinkUrl, linkTarget, qrCodeUrl, shortLinkUrl } from '@/lib/links/link-url';
import type { Link } from '@/lib/protocol/links.schema';
import { control } from '../form/field';
import { CopyButton } from './copy-button';
import { QrCode } from './qr-code';

interface LinkResultProps {
  link: Link;
  origin: string;
  slug: string;
}

/** A link just made: its short and full forms ready to copy, and its QR code to download. */
export function LinkResult({ link, origin, slug }: LinkResultProps) {
  const t = useTranslations('businessLinks.result');
  const short = shortLinkUrl(origin, link.code);
  const full = fullLinkUrl(origin, slug, linkTarget(link));
  const heading = useRef<HTMLHeadingElement>(null);
  // A new link takes the focus, so keyboard and screen reader users land on what they made.
  useEffect(() => heading.current?.focus(), [link.id]);
  return (
    <section
      aria-labelledby="link-result-heading"
      className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
    >
      <h2
        id="link-result-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 outline-none"
      >
        {t('heading', { name: link.name })}
      </h2>
      <div className="mt-3 grid gap-5 md:grid-cols-[minmax(0,1fr)_auto]">
        <div className="flex min-w-0 flex-col gap-4">
          <div>
            <label htmlFor="link-short" className="block text-sm font-medium text-slate-800">
              {t('short')}
            </label>
            <input id="link-short" readOnly value={short} className={`${control} font-mono`} />
            <div className="mt-2">
              <CopyButton text={short} />
            </div>
          </div>
          <div>
            <label htmlFor="link-full" className="block text-sm font-medium text-slate-800">
              {t('full')}
            </label>
            <textarea
              id="link-full"
              readOnly
              rows={3}
              value={full}
              aria-describedby="link-full-hint"
              className={`${control} resize-none font-mono text-sm break-all`}
            />
            <p id="link-full-hint" className="mt-1 text-sm text-slate-600">
              {t('fullHint')}
            </p>
          </div>
        </div>
        <QrCode url={qrCodeUrl(origin, link.code)} code={link.code} />
      </div>
    </section>
  );
}
