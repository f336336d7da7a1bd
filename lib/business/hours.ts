// Opening hours in the business's own time zone: is it open now, and when does it next open.
import type { WeeklyHours } from '../store/schema';

export interface OpenState {
  open: boolean;
  /** "HH:MM" the business closes (when open) or next opens (when closed), in its time zone. */
  changesAt: string | null;
  /** 0 = Sunday … 6 = Saturday: the day `changesAt` falls on. */
  changesOnDay: number | null;
}

const WEEKDAYS = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 } as const;

function minutes(hhmm: string): number {
  const [hours = 0, mins = 0] = hhmm.split(':').map(Number);
  return hours * 60 + mins;
}

/** Weekday and minute of the day at `now` in `timeZone`. */
export function localTime(now: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = WEEKDAYS[part('weekday') as keyof typeof WEEKDAYS] ?? 0;
  return { day, minute: Number(part('hour')) * 60 + Number(part('minute')) };
}

/**
 * When a span closing at 24:00 goes on in a span opening at 00:00 the next day (a late night),
 * the business really closes at the end of that one.
 */
function realClose(hours: WeeklyHours, day: number, close: string): { at: string; day: number } {
  let end = { at: close, day };
  for (let step = 0; step < 7 && end.at === '24:00'; step += 1) {
    const nextDay = (end.day + 1) % 7;
    const next = (hours[String(nextDay)] ?? []).find(([open]) => minutes(open) === 0);
    if (!next) break;
    end = { at: next[1], day: nextDay };
  }
  return end;
}

/** Open or closed at `now`, judged by the clock in the business's own `timeZone` (IANA name). */
export function openState(hours: WeeklyHours, timeZone: string, now: Date): OpenState {
  const { day, minute } = localTime(now, timeZone);
  for (const [open, close] of hours[String(day)] ?? []) {
    if (minute >= minutes(open) && minute < minutes(close)) {
      const end = realClose(hours, day, close);
      return { open: true, changesAt: end.at, changesOnDay: end.day };
    }
  }
  // Look ahead up to a week for the next opening, starting later today.
  for (let offset = 0; offset < 8; offset += 1) {
    const candidate = (day + offset) % 7;
    const spans = [...(hours[String(candidate)] ?? [])].sort(
      (a, b) => minutes(a[0]) - minutes(b[0]),
    );
    const next = spans.find(([open]) => offset > 0 || minutes(open) > minute);
    if (next) return { open: false, changesAt: next[0], changesOnDay: candidate };
  }
  return { open: false, changesAt: null, changesOnDay: null };
}

/**
 * For the shopper's "We're away — we'll reply at …" line: null while open (or never opening),
 * otherwise the next opening time and its weekday, with `today` when that is later today.
 */
export function nextOpening(
  hours: WeeklyHours,
  timeZone: string,
  now: Date,
): { time: string; day: number; today: boolean } | null {
  const state = openState(hours, timeZone, now);
  if (state.open || state.changesAt === null || state.changesOnDay === null) return null;
  const { day, minute } = localTime(now, timeZone);
  // A week ahead falls on today's weekday too, but it is not "today".
  const today = state.changesOnDay === day && minutes(state.changesAt) > minute;
  return { time: state.changesAt, day: state.changesOnDay, today };
}
