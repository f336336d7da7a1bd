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

export function openState(hours: WeeklyHours, timeZone: string, now: Date): OpenState {
  const { day, minute } = localTime(now, timeZone);
  for (const [open, close] of hours[String(day)] ?? []) {
    if (minute >= minutes(open) && minute < minutes(close)) {
      return { open: true, changesAt: close, changesOnDay: day };
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
