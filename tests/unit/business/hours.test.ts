import { localTime, openState } from '@/lib/business/hours';
import type { WeeklyHours } from '@/lib/store/schema';

const JAKARTA = 'Asia/Jakarta'; // UTC+7 all year, no daylight saving

// The week of Sunday 5 January 2025; every instant below is written in UTC, seven hours behind Jakarta.
const weekdays: WeeklyHours = {
  '0': [],
  '1': [['09:00', '17:00']],
  '2': [['09:00', '17:00']],
  '3': [['09:00', '17:00']],
  '4': [['09:00', '17:00']],
  // Friday closes for midday prayers: two spans, given out of order on purpose.
  '5': [
    ['13:30', '17:00'],
    ['09:00', '11:30'],
  ],
  '6': [['09:00', '14:00']],
};

describe('localTime', () => {
  test('gives the weekday and minute of the day in Jakarta, not in UTC', () => {
    // Sunday 20:00 UTC is already Monday 03:00 in Jakarta.
    expect(localTime(new Date('2025-01-05T20:00:00Z'), JAKARTA)).toEqual({
      day: 1,
      minute: 3 * 60,
    });
  });

  test('counts local midnight as minute 0 of the new day', () => {
    expect(localTime(new Date('2025-01-05T17:00:00Z'), JAKARTA)).toEqual({ day: 1, minute: 0 });
  });

  test('gives the last minute of the day as 23:59', () => {
    expect(localTime(new Date('2025-01-05T16:59:00Z'), JAKARTA)).toEqual({
      day: 0,
      minute: 23 * 60 + 59,
    });
  });
});

describe('openState in Asia/Jakarta', () => {
  test('mid-day on a weekday is open and says when it closes', () => {
    // Monday 12:00 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-06T05:00:00Z'))).toEqual({
      open: true,
      changesAt: '17:00',
      changesOnDay: 1,
    });
  });

  test('early morning before opening is closed and opens later today', () => {
    // Monday 07:30 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-06T00:30:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 1,
    });
  });

  test('the opening minute itself counts as open', () => {
    // Monday 09:00 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-06T02:00:00Z')).open).toBe(true);
  });

  test('the minute before closing is open, and exactly closing time counts as closed until the next day', () => {
    // Monday 16:59 and 17:00 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-06T09:59:00Z'))).toEqual({
      open: true,
      changesAt: '17:00',
      changesOnDay: 1,
    });
    expect(openState(weekdays, JAKARTA, new Date('2025-01-06T10:00:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 2,
    });
  });

  test('a Sunday with no hours is closed and next opens on Monday', () => {
    // Sunday 12:00 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-05T05:00:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 1,
    });
  });

  test('after closing on Saturday the next opening skips the closed Sunday', () => {
    // Saturday 18:00 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-11T11:00:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 1,
    });
  });

  test('a UTC instant still on Sunday is judged by the Monday it already is in Jakarta', () => {
    // Sunday 23:30 UTC is Monday 06:30 in Jakarta: closed, opening today at 09:00.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-05T23:30:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 1,
    });
  });

  test('a day with two spans is open in each, and closed between them until the second opens', () => {
    // Friday 10:00, 12:00 and 14:00 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-10T03:00:00Z'))).toEqual({
      open: true,
      changesAt: '11:30',
      changesOnDay: 5,
    });
    expect(openState(weekdays, JAKARTA, new Date('2025-01-10T05:00:00Z'))).toEqual({
      open: false,
      changesAt: '13:30',
      changesOnDay: 5,
    });
    expect(openState(weekdays, JAKARTA, new Date('2025-01-10T07:00:00Z'))).toEqual({
      open: true,
      changesAt: '17:00',
      changesOnDay: 5,
    });
  });

  test('before the first of two spans the earlier span is the next opening, whatever order they are listed in', () => {
    // Friday 07:00 in Jakarta.
    expect(openState(weekdays, JAKARTA, new Date('2025-01-10T00:00:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 5,
    });
  });

  test('a business with no hours at all is closed with no next opening', () => {
    expect(openState({}, JAKARTA, new Date('2025-01-06T05:00:00Z'))).toEqual({
      open: false,
      changesAt: null,
      changesOnDay: null,
    });
  });

  test('a business open one day a week, after that day closes, next opens on the same weekday a week later', () => {
    const mondaysOnly: WeeklyHours = { '1': [['09:00', '12:00']] };
    // Monday 13:00 in Jakarta.
    expect(openState(mondaysOnly, JAKARTA, new Date('2025-01-06T06:00:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 1,
    });
  });
});
