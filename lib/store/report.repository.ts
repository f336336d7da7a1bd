// Counts behind the campaign report, every one from recorded rows. One query: each source of a
// count (link opens, conversations their referral reached, carts sent, orders accepted) becomes
// rows tagged with campaign, ad and day, counted per ad, per campaign, overall and per day.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export type ReportMetric = 'opens' | 'conversations' | 'carts' | 'accepted';

/**
 * Which grouping a row sums: 'ad' (one campaign's one ad), 'campaign' (all its ads), 'total',
 * or 'day' (one day of the range, every campaign).
 */
export type ReportLevel = 'ad' | 'campaign' | 'total' | 'day';

export interface ReportCountRow {
  metric: ReportMetric;
  level: ReportLevel;
  campaign: string | null;
  ad: string | null;
  day: string | null;
  count: number;
  /** Sum of order totals (whole rupiah); 0 except for 'accepted'. */
  amount: number;
}

// grouping(campaign, ad, day) is a bit mask of the columns a row sums over.
const LEVELS: Record<number, ReportLevel> = { 1: 'ad', 3: 'campaign', 7: 'total', 6: 'day' };

/**
 * Counts for one business from `from` to `to` (calendar dates, both included) in `timeZone`.
 * The database turns the dates into instants, so the zone's rules (and its history) apply.
 */
export async function countCampaignReport(
  db: Kysely<Database>,
  query: { businessId: string; from: string; to: string; timeZone: string },
): Promise<ReportCountRow[]> {
  const { businessId, from, to, timeZone } = query;
  const ad = sql`case when lo.ad_id <> '' then lo.ad_id else lo.utm_content end`;
  const { rows } = await sql<{
    metric: ReportMetric;
    grouping: number;
    campaign: string | null;
    ad: string | null;
    day: string | null;
    count: number;
    amount: number;
  }>`
    with bounds as (
      select
        (cast(${from} as date)::timestamp at time zone ${timeZone}) as start,
        ((cast(${to} as date) + 1)::timestamp at time zone ${timeZone}) as finish
    ),
    sources as (
      select 'opens' as metric, lo.utm_campaign as campaign, ${ad} as ad,
        lo.opened_at as at, lo.id as key, 0 as amount
      from link_opens lo cross join bounds b
      where lo.business_id = ${businessId} and lo.opened_at >= b.start and lo.opened_at < b.finish
      union all
      select 'conversations', lo.utm_campaign, ${ad}, m.created_at, lo.conversation_id, 0
      from link_opens lo
        join messages m on m.id = lo.message_id
        cross join bounds b
      where lo.business_id = ${businessId} and lo.conversation_id is not null
        and m.created_at >= b.start and m.created_at < b.finish
      union all
      select 'carts', lo.utm_campaign, ${ad}, o.created_at, o.id, 0
      from orders o
        join link_opens lo on lo.id = o.referral_id
        cross join bounds b
      where o.business_id = ${businessId} and o.created_at >= b.start and o.created_at < b.finish
      union all
      select 'accepted', lo.utm_campaign, ${ad}, o.accepted_at, o.id, o.total
      from orders o
        join link_opens lo on lo.id = o.referral_id
        cross join bounds b
      where o.business_id = ${businessId} and o.status in ('accepted', 'fulfilled')
        and o.accepted_at >= b.start and o.accepted_at < b.finish
    ),
    dated as (
      select metric, campaign, ad, key, amount,
        to_char(at at time zone ${timeZone}, 'YYYY-MM-DD') as day
      from sources
    )
    select metric, campaign, ad, day,
      grouping(campaign, ad, day) as grouping,
      count(distinct key)::int as count,
      coalesce(sum(amount), 0)::float8 as amount
    from dated
    group by metric, grouping sets ((campaign, ad), (campaign), (), (day))
  `.execute(db);
  return rows.map((row) => ({
    metric: row.metric,
    level: LEVELS[Number(row.grouping)] ?? 'total',
    campaign: row.campaign,
    ad: row.ad,
    day: row.day,
    count: Number(row.count),
    amount: Number(row.amount),
  }));
}
