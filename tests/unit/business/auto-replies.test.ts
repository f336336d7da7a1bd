import {
  AWAY_INTERVAL_MS,
  SILENCE_MS,
  awayText,
  greetingClientId,
  greetingText,
  isAwayDue,
  isSilenceOver,
} from '@/lib/business/auto-replies';
import type { WeeklyHours } from '@/lib/store/schema';

const HOUR = 60 * 60 * 1000;
const now = new Date('2025-01-06T05:00:00Z'); // Monday 12:00 in Jakarta
const ago = (ms: number) => new Date(now.getTime() - ms);

const weekdays: WeeklyHours = { '1': [['09:00', '17:00']], '2': [['09:00', '17:00']] };
const business = {
  greeting_enabled: true,
  greeting_text: '  Halo!  ',
  away_enabled: true,
  away_text: ' Kami sedang tutup. ',
  hours: weekdays,
  timezone: 'Asia/Jakarta',
};

describe('the greeting after 14 days of silence', () => {
  test('13 days and 23 hours of silence is not enough', () => {
    expect(isSilenceOver(ago(14 * 24 * HOUR - HOUR), now)).toBe(false);
  });

  test('exactly 14 days of silence is over', () => {
    expect(SILENCE_MS).toBe(14 * 24 * HOUR);
    expect(isSilenceOver(ago(SILENCE_MS), now)).toBe(true);
  });

  test('a month of silence is over', () => {
    expect(isSilenceOver(ago(30 * 24 * HOUR), now)).toBe(true);
  });

  test('the greeting is trimmed, and absent when off or blank', () => {
    expect(greetingText(business)).toBe('Halo!');
    expect(greetingText({ ...business, greeting_enabled: false })).toBeNull();
    expect(greetingText({ ...business, greeting_text: '   ' })).toBeNull();
  });

  test('the greeting client id is a stable UUID per conversation and silence', () => {
    const conversation = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
    const id = greetingClientId(conversation, 7);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(greetingClientId(conversation, 7)).toBe(id);
    expect(greetingClientId(conversation, 8)).not.toBe(id);
  });
});

describe('the away message at most once per 12 hours', () => {
  test('is due when never sent', () => {
    expect(isAwayDue(null, now)).toBe(true);
  });

  test('is not due 11 hours 59 minutes after the last one', () => {
    expect(isAwayDue(ago(12 * HOUR - 60_000), now)).toBe(false);
  });

  test('is due again 12 hours after the last one', () => {
    expect(AWAY_INTERVAL_MS).toBe(12 * HOUR);
    expect(isAwayDue(ago(12 * HOUR), now)).toBe(true);
  });

  test('is sent only outside business hours, in the business time zone', () => {
    expect(awayText(business, now)).toBeNull();
    // Monday 20:00 in Jakarta.
    expect(awayText(business, new Date('2025-01-06T13:00:00Z'))).toBe('Kami sedang tutup.');
    // The same instant is 22:00 in Jayapura: still closed. 01:00 UTC is open there, closed in Jakarta.
    const jayapura = { ...business, timezone: 'Asia/Jayapura' };
    expect(awayText(jayapura, new Date('2025-01-06T01:00:00Z'))).toBeNull();
    expect(awayText(business, new Date('2025-01-06T01:00:00Z'))).toBe('Kami sedang tutup.');
  });

  test('is not sent when off or blank', () => {
    const closed = new Date('2025-01-06T13:00:00Z');
    expect(awayText({ ...business, away_enabled: false }, closed)).toBeNull();
    expect(awayText({ ...business, away_text: ' ' }, closed)).toBeNull();
  });
});
