// Date ranges for reports: parsing one from a request, and the presets in the business's zone.
import { AppError } from '../protocol/errors';
import { dayNumber, reportRangeSchema, type ReportRange } from '../protocol/report.schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A range from query parameters or a form; a bad one is INVALID_PAYLOAD saying what is wrong. */
export function parseReportRange(input: { from?: string | null; to?: string | null }): ReportRange {
  const parsed = reportRangeSchema.safeParse({ from: input.from ?? '', to: input.to ?? '' });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  const message = issues.map((issue) => `${issue.path || 'range'}: ${issue.message}`).join(' ');
  throw new AppError('INVALID_PAYLOAD', `The date range is not valid. ${message}`, issues);
}

/** Today's calendar date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The calendar date `days` after `date` (before, when negative). */
export function shiftDate(date: string, days: number): string {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  return new Date((day + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The last `days` days up to today in the zone, today included. */
export function lastDays(days: number, timeZone: string, now: Date = new Date()): ReportRange {
  const to = todayIn(timeZone, now);
  return { from: shiftDate(to, 1 - days), to };
}
