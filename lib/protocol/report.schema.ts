// The campaign report: the date range asked for and the counts answered, shared by the
// report:campaigns event, the CSV export and the Campaigns page.
import { z } from 'zod';

/** Longest range one report covers: a leap year, inclusive of both ends. */
export const MAX_REPORT_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null when no such day exists (2026-02-30). */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 30 February over into March; a real date comes back unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  if (back.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

const calendarDate = z
  .string()
  .regex(DATE_FORMAT, 'Use a date written as YYYY-MM-DD, for example 2026-03-01.')
  // Only a date in the right format is checked against the calendar: one message per mistake.
  .refine(
    (date) => !DATE_FORMAT.test(date) || dayNumber(date) !== null,
    'This date does not exist in the calendar.',
  );

export const reportRangeSchema = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .superRefine(({ from, to }, context) => {
    const [first, last] = [dayNumber(from), dayNumber(to)];
    if (first === null || last === null) return;
    if (first > last) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The end date must be on or after the start date.',
      });
    } else if (last - first + 1 > MAX_REPORT_DAYS) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `A report covers at most ${MAX_REPORT_DAYS} days.`,
      });
    }
  });

const count = z.int().nonnegative();
/** A share between two counts; null when the denominator is 0. Can exceed 1 across a range edge. */
const rate = z.number().nonnegative().nullable();

export const reportMetricsSchema = z.object({
  opens: count,
  conversations: count,
  carts: count,
  ordersAccepted: count,
  /** Sum of the accepted orders' totals, in whole rupiah. */
  revenue: count,
  /** conversations / opens */
  conversationRate: rate,
  /** ordersAccepted / conversations */
  orderRate: rate,
  /** ordersAccepted / opens */
  openToOrderRate: rate,
});

export const campaignReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  currency: z.literal('IDR'),
  /** utm_campaign; '' for opens without one. Ads by ad_id, else utm_content; '' for neither. */
  campaigns: z.array(
    reportMetricsSchema.extend({
      campaign: z.string(),
      ads: z.array(reportMetricsSchema.extend({ ad: z.string() })),
    }),
  ),
  totals: reportMetricsSchema,
  /** Every day of the range in the business's time zone, oldest first. */
  days: z.array(z.object({ date: z.string(), opens: count, conversations: count, orders: count })),
});

export type ReportRange = z.infer<typeof reportRangeSchema>;
export type ReportMetrics = z.infer<typeof reportMetricsSchema>;
export type CampaignReport = z.infer<typeof campaignReportSchema>;
export type CampaignRow = CampaignReport['campaigns'][number];
export type AdRow = CampaignRow['ads'][number];
export type ReportDay = CampaignReport['days'][number];
