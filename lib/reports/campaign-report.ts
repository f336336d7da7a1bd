// The campaign report of one business over calendar days in its own time zone: per campaign and
// per ad, how many link opens became conversations, carts and accepted orders, and per day.
import type { Kysely } from 'kysely';
import { AppError } from '../protocol/errors';
import {
  dayNumber,
  type CampaignReport,
  type CampaignRow,
  type ReportDay,
  type ReportMetrics,
  type ReportRange,
} from '../protocol/report.schema';
import { DEFAULT_TIME_ZONE } from '../protocol/settings.schema';
import { findBusinessById } from '../store/business.repository';
import { countCampaignReport, type ReportCountRow } from '../store/report.repository';
import type { Database } from '../store/schema';

export async function buildCampaignReport(
  db: Kysely<Database>,
  businessId: string,
  range: ReportRange,
): Promise<CampaignReport> {
  const business = await findBusinessById(db, businessId);
  if (!business) throw new AppError('NOT_FOUND', 'This business no longer exists.');
  const timeZone = business.timezone || DEFAULT_TIME_ZONE;
  const rows = await countCampaignReport(db, { businessId, ...range, timeZone });
  return assembleCampaignReport(range, timeZone, rows);
}

type Counts = Pick<
  ReportMetrics,
  'opens' | 'conversations' | 'carts' | 'ordersAccepted' | 'revenue'
>;

const emptyCounts = (): Counts => ({
  opens: 0,
  conversations: 0,
  carts: 0,
  ordersAccepted: 0,
  revenue: 0,
});

function addCount(counts: Counts, row: ReportCountRow): void {
  if (row.metric === 'opens') counts.opens = row.count;
  else if (row.metric === 'conversations') counts.conversations = row.count;
  else if (row.metric === 'carts') counts.carts = row.count;
  else {
    counts.ordersAccepted = row.count;
    counts.revenue = row.amount;
  }
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function withRates(counts: Counts): ReportMetrics {
  return {
    ...counts,
    conversationRate: share(counts.conversations, counts.opens),
    orderRate: share(counts.ordersAccepted, counts.conversations),
    openToOrderRate: share(counts.ordersAccepted, counts.opens),
  };
}

/** Most opens first; the rows without a name ('') last, as they are the least telling. */
function byOpens<T extends ReportMetrics>(name: (row: T) => string) {
  return (a: T, b: T) =>
    Number(name(a) === '') - Number(name(b) === '') ||
    b.opens - a.opens ||
    b.ordersAccepted - a.ordersAccepted ||
    name(a).localeCompare(name(b));
}

/** Every calendar day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const [first, last] = [dayNumber(from), dayNumber(to)];
  if (first === null || last === null) return [];
  const days: string[] = [];
  for (let day = first; day <= last; day += 1) {
    days.push(new Date(day * 24 * 60 * 60 * 1000).toISOString().slice(0, 10));
  }
  return days;
}

/** Shapes the counted rows into the report; missing counts are zero. */
export function assembleCampaignReport(
  range: ReportRange,
  timeZone: string,
  rows: ReportCountRow[],
): CampaignReport {
  const totals = emptyCounts();
  const campaigns = new Map<string, { counts: Counts; ads: Map<string, Counts> }>();
  const campaignOf = (name: string) => {
    let campaign = campaigns.get(name);
    if (!campaign) {
      campaign = { counts: emptyCounts(), ads: new Map() };
      campaigns.set(name, campaign);
    }
    return campaign;
  };
  const days = new Map<string, ReportDay>(
    daysBetween(range.from, range.to).map((date) => [
      date,
      { date, opens: 0, conversations: 0, orders: 0 },
    ]),
  );

  for (const row of rows) {
    if (row.level === 'total') addCount(totals, row);
    else if (row.level === 'campaign') addCount(campaignOf(row.campaign ?? '').counts, row);
    else if (row.level === 'ad') {
      const ads = campaignOf(row.campaign ?? '').ads;
      const ad = ads.get(row.ad ?? '') ?? emptyCounts();
      addCount(ad, row);
      ads.set(row.ad ?? '', ad);
    } else {
      const day = days.get(row.day ?? '');
      if (!day || row.metric === 'carts') continue;
      if (row.metric === 'accepted') day.orders = row.count;
      else day[row.metric] = row.count;
    }
  }

  const campaignRows: CampaignRow[] = [...campaigns].map(([campaign, { counts, ads }]) => ({
    campaign,
    ...withRates(counts),
    ads: [...ads]
      .map(([ad, adCounts]) => ({ ad, ...withRates(adCounts) }))
      .sort(byOpens((row) => row.ad)),
  }));
  return {
    from: range.from,
    to: range.to,
    timeZone,
    currency: 'IDR',
    campaigns: campaignRows.sort(byOpens((row) => row.campaign)),
    totals: withRates(totals),
    days: [...days.values()],
  };
}
