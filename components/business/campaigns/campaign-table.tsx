'use client';

import { useTranslations } from 'next-intl';
import type { CampaignReport, ReportMetrics } from '@/lib/protocol/report.schema';
import { useReportFormat } from './format';

const COLUMNS = [
  'opens',
  'conversations',
  'carts',
  'ordersAccepted',
  'revenue',
  'conversationRate',
  'orderRate',
  'openToOrderRate',
] as const;

type Column = (typeof COLUMNS)[number];

function MetricCells({ metrics }: { metrics: ReportMetrics }) {
  const t = useTranslations('businessCampaigns.table');
  const format = useReportFormat();
  const cell = (column: Column) => {
    const value = metrics[column];
    if (value === null) {
      return (
        <>
          <span aria-hidden="true">–</span>
          <span className="sr-only">{t('noRate')}</span>
        </>
      );
    }
    if (column === 'revenue') return format.rupiah(value);
    return column.endsWith('Rate') ? format.percent(value) : format.count(value);
  };
  return COLUMNS.map((column) => (
    <td key={column} className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
      {cell(column)}
    </td>
  ));
}

/**
 * Every campaign with its ads under it, and the totals: the chart's text alternative too. It
 * scrolls sideways inside its own focusable region on narrow screens.
 */
export function CampaignTable({ report }: { report: CampaignReport }) {
  const t = useTranslations('businessCampaigns.table');
  const format = useReportFormat();
  return (
    <div
      role="region"
      aria-labelledby="campaigns-table-caption"
      tabIndex={0}
      className="focus-visible:outline-brand-700 mt-4 overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200 focus-visible:outline-2"
    >
      <table className="w-full min-w-[56rem] text-sm text-slate-800">
        <caption
          id="campaigns-table-caption"
          className="px-3 pt-3 pb-1 text-left font-semibold text-slate-900"
        >
          {t('caption', { from: format.date(report.from), to: format.date(report.to) })}
        </caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              {t('campaign')}
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 text-right font-semibold">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        {report.campaigns.map((campaign) => (
          <tbody key={campaign.campaign} className="border-b border-slate-200">
            <tr className="bg-slate-50 font-semibold">
              <th scope="row" className="px-3 py-2 text-left">
                {campaign.campaign || t('noCampaign')}
              </th>
              <MetricCells metrics={campaign} />
            </tr>
            {campaign.ads.map((ad) => (
              <tr key={ad.ad}>
                <th scope="row" className="py-2 pr-3 pl-7 text-left font-normal">
                  <span className="sr-only">{t('adPrefix')} </span>
                  {ad.ad || t('noAd')}
                </th>
                <MetricCells metrics={ad} />
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot className="font-bold text-slate-900">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              {t('total')}
            </th>
            <MetricCells metrics={report.totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
