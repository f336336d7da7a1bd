'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { AppLink } from '@/components/ui/app-link';
import type { CampaignReport } from '@/lib/protocol/report.schema';
import { CampaignTable } from './campaign-table';
import { RangeForm } from './range-form';
import { useCampaignReport } from './use-campaign-report';

const CampaignChart = dynamic(() => import('./campaign-chart').then((m) => m.CampaignChart), {
  ssr: false,
  loading: () => <div className="h-[260px] animate-pulse rounded-lg bg-slate-100" />,
});

const isEmpty = ({ totals }: CampaignReport) =>
  totals.opens + totals.conversations + totals.carts + totals.ordersAccepted === 0;

export function CampaignsView({ initial }: { initial: CampaignReport }) {
  const t = useTranslations('businessCampaigns');
  const { report, loading, error, load, retry } = useCampaignReport(initial);
  const csvUrl = `/api/business/reports/campaigns.csv?${new URLSearchParams({
    from: report.from,
    to: report.to,
  })}`;

  return (
    <div className="mx-auto w-full max-w-6xl px-3 py-4 sm:px-6 sm:py-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('heading')}</h1>
        {!isEmpty(report) && (
          <a
            href={csvUrl}
            download
            className="text-brand-700 focus-visible:outline-brand-700 text-sm font-semibold underline focus-visible:outline-2"
          >
            {t('download')}
          </a>
        )}
      </div>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        {t('intro', { timeZone: report.timeZone })}
      </p>
      <RangeForm
        range={{ from: report.from, to: report.to }}
        timeZone={report.timeZone}
        busy={loading}
        onChange={(range) => void load(range)}
      />

      <div role="alert" className="empty:hidden">
        {error && (
          <p className="mt-3 flex flex-wrap items-center gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {t('errors.load')}
            <button type="button" onClick={() => void retry()} className="font-semibold underline">
              {t('retry')}
            </button>
          </p>
        )}
      </div>

      <section aria-live="polite" aria-busy={loading} className="mt-2">
        {isEmpty(report) ? (
          <div className="mt-4 rounded-xl bg-white px-4 py-10 text-center ring-1 ring-slate-200">
            <h2 className="font-semibold text-slate-900">{t('empty.title')}</h2>
            <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">{t('empty.body')}</p>
            <AppLink
              href="/business/links"
              className="text-brand-700 mt-3 inline-block text-sm font-semibold underline"
            >
              {t('empty.action')}
            </AppLink>
          </div>
        ) : (
          <>
            <figure
              aria-labelledby="campaigns-chart-title"
              className="mt-4 rounded-xl bg-white p-3 ring-1 ring-slate-200"
            >
              <figcaption id="campaigns-chart-title" className="font-semibold text-slate-900">
                {t('chart.title')}
              </figcaption>
              <p className="mb-2 text-xs text-slate-600">{t('chart.note')}</p>
              <CampaignChart days={report.days} label={t('chart.title')} />
            </figure>
            <CampaignTable report={report} />
          </>
        )}
      </section>
    </div>
  );
}
