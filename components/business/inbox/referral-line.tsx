'use client';
// Where a shopper came from, as agents see it: one line in the inbox list, and above the message
// that carried it a disclosure with the campaign fields and click ids.
import { useFormatter, useTranslations } from 'next-intl';
import { sourceName } from '@/lib/links/referral-label';
import type { Referral, SourceType } from '@/lib/protocol/referral.schema';

const TYPE_KEYS = {
  ad: 'typeAd',
  post: 'typePost',
  link: 'typeLink',
  qr: 'typeQr',
} as const satisfies Record<SourceType, string>;

/** "From Instagram ad 'Batik sale' · campaign ramadan". */
export function useReferralText() {
  const t = useTranslations('referral');
  return (referral: Referral) => {
    const source = sourceName(referral.utm.source);
    const type = referral.sourceType;
    const from = source
      ? t('from', { source, type: t(TYPE_KEYS[type]) })
      : t('fromSomewhere', { type });
    const origin = referral.headline
      ? `${from} ${t('headline', { headline: referral.headline })}`
      : from;
    const campaign = referral.utm.campaign
      ? t('campaign', { campaign: referral.utm.campaign })
      : '';
    return campaign ? `${origin} · ${campaign}` : origin;
  };
}

export function ReferralLine({ referral }: { referral: Referral }) {
  const text = useReferralText()(referral);
  return <span className="block truncate text-xs text-slate-600">{text}</span>;
}

/** The referral above the message that carried it, its fields behind a disclosure. */
export function ReferralDetails({ referral }: { referral: Referral }) {
  const t = useTranslations('referral');
  const format = useFormatter();
  const text = useReferralText()(referral);
  const fields: Array<[string, string | null]> = [
    [t('sourceUrl'), referral.sourceUrl],
    [t('body'), referral.body],
    [t('adId'), referral.adId],
    [t('ref'), referral.ref],
    [t('utmSource'), referral.utm.source],
    [t('utmMedium'), referral.utm.medium],
    [t('utmCampaign'), referral.utm.campaign],
    [t('utmContent'), referral.utm.content],
    [t('utmTerm'), referral.utm.term],
    [t('fbclid'), referral.clickIds.fbclid],
    [t('ctwaClid'), referral.clickIds.ctwaClid],
    [
      t('landedAt'),
      format.dateTime(new Date(referral.landedAt), { dateStyle: 'medium', timeStyle: 'short' }),
    ],
  ];
  return (
    <details className="my-1 self-center rounded-xl bg-white/90 px-3 py-1.5 text-xs text-slate-700 shadow-sm">
      <summary className="cursor-pointer">
        {text}
        <span className="sr-only"> — {t('details')}</span>
      </summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {fields
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-800">{label}</dt>
              <dd className="min-w-0 break-all">{value}</dd>
            </div>
          ))}
      </dl>
      {referral.messageSeq === null && <p className="mt-1 text-slate-600">{t('waiting')}</p>}
    </details>
  );
}
