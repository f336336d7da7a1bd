'use client';
// Loaded only by the Campaigns page (next/dynamic), so recharts stays out of every other bundle.
import { useTranslations } from 'next-intl';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReportDay } from '@/lib/protocol/report.schema';
import { useReportFormat } from './format';

const SERIES = [
  { key: 'opens', color: '#64748b' },
  { key: 'conversations', color: '#10a37f' },
  { key: 'orders', color: '#0a483b' },
] as const;

/** Opens, conversations and accepted orders per day; named by `label`, read out by the table. */
export function CampaignChart({ days, label }: { days: ReportDay[]; label: string }) {
  const t = useTranslations('businessCampaigns.chart');
  const format = useReportFormat();
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart
        data={days}
        role="img"
        aria-label={label}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="date" tickFormatter={format.day} tick={{ fontSize: 12, fill: '#475569' }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#475569' }} />
        <Tooltip
          labelFormatter={(value) => format.date(String(value))}
          formatter={(value) => format.count(Number(value))}
        />
        {/* In the funnel's order, in text of full contrast (the swatch carries the colour). */}
        <Legend
          itemSorter={null}
          wrapperStyle={{ fontSize: 12 }}
          formatter={(value) => <span className="text-slate-700">{value}</span>}
        />
        {SERIES.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={t(series.key)}
            fill={series.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
