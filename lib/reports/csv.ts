// CSV for spreadsheets: RFC 4180 quoting, a BOM so Excel reads UTF-8, and cells that a
// spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) turned into text.
import type { CampaignReport, ReportMetrics } from '../protocol/report.schema';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | null;

/** One cell as it goes into the file: a leading apostrophe defuses a formula, then quoting. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  let text = String(cell);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, then every row ended by CRLF. */
export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((row) => `${row.map(formatCsvCell).join(',')}\r\n`).join('')}`;
}

export const NO_CAMPAIGN = '(no campaign)';
export const NO_AD = '(no ad)';

const HEADER = [
  'Campaign',
  'Ad',
  'Link opens',
  'Conversations started',
  'Carts sent',
  'Orders accepted',
  'Revenue (IDR)',
  'Conversation rate (%)',
  'Order rate (%)',
  'Open-to-order rate (%)',
];

/** A share as a percentage with two decimals; empty when there was nothing to divide by. */
const percent = (rate: number | null) => (rate === null ? null : (rate * 100).toFixed(2));

const metricCells = (metrics: ReportMetrics): CsvCell[] => [
  metrics.opens,
  metrics.conversations,
  metrics.carts,
  metrics.ordersAccepted,
  metrics.revenue,
  percent(metrics.conversationRate),
  percent(metrics.orderRate),
  percent(metrics.openToOrderRate),
];

/** The report as a spreadsheet: one row per campaign and ad, then the totals. */
export function campaignReportCsv(report: CampaignReport): string {
  const rows: CsvCell[][] = [HEADER];
  for (const campaign of report.campaigns) {
    for (const ad of campaign.ads) {
      rows.push([campaign.campaign || NO_CAMPAIGN, ad.ad || NO_AD, ...metricCells(ad)]);
    }
  }
  rows.push(['Total', '', ...metricCells(report.totals)]);
  return toCsv(rows);
}

export function campaignReportFileName(report: Pick<CampaignReport, 'from' | 'to'>): string {
  return `obrol-campaigns-${report.from}-${report.to}.csv`;
}
