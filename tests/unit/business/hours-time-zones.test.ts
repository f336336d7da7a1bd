import { nextOpening, openState } from '@/lib/business/hours';
import type { WeeklyHours } from '@/lib/store/schema';

// Asia/Jayapura is UTC+9, Asia/Jakarta UTC+7; neither has daylight saving. Dates are in the week
// of Sunday 5 January 2025 and written in UTC.
const nineToFive: WeeklyHours = {
  '0': [],
  '1': [['09:00', '17:00']],
  '2': [['09:00', '17:00']],
  '3': [['09:00', '17:00']],
  '4': [['09:00', '17:00']],
  '5': [['09:00', '17:00']],
  '6': [],
};

describe('openState takes the business time zone', () => {
  test('the same instant is open in Jayapura and still closed in Jakarta', () => {
    // 01:00 UTC Monday: 10:00 in Jayapura, 08:00 in Jakarta.
    const now = new Date('2025-01-06T01:00:00Z');
    expect(openState(nineToFive, 'Asia/Jayapura', now)).toEqual({
      open: true,
      changesAt: '17:00',
      changesOnDay: 1,
    });
    expect(openState(nineToFive, 'Asia/Jakarta', now)).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 1,
    });
  });

  test('Jayapura closes two hours before Jakarta does', () => {
    // 08:30 UTC Monday: 17:30 in Jayapura (closed), 15:30 in Jakarta (open).
    const now = new Date('2025-01-06T08:30:00Z');
    expect(openState(nineToFive, 'Asia/Jayapura', now).open).toBe(false);
    expect(openState(nineToFive, 'Asia/Jakarta', now).open).toBe(true);
  });

  test('a UTC Sunday evening is already Monday morning in Jayapura', () => {
    // Sunday 23:30 UTC = Monday 08:30 in Jayapura: opens today at 09:00.
    expect(openState(nineToFive, 'Asia/Jayapura', new Date('2025-01-05T23:30:00Z'))).toEqual({
      open: false,
      changesAt: '09:00',
      changesOnDay: 1,
    });
  });
});

describe('a late-night business open across midnight', () => {
  // Open Friday and Saturday 18:00 until 02:00 the next morning: written as 18:00–24:00 and 00:00–02:00.
  const lateNight: WeeklyHours = {
    '0': [['00:00', '02:00']],
    '5': [['18:00', '24:00']],
    '6': [
      ['00:00', '02:00'],
      ['18:00', '24:00'],
    ],
  };
  const zone = 'Asia/Makassar'; // UTC+8

  test('late on Friday it is open and closes at 02:00 on Saturday, not at midnight', () => {
    // Friday 23:30 in Makassar = 15:30 UTC.
    expect(openState(lateNight, zone, new Date('2025-01-10T15:30:00Z'))).toEqual({
      open: true,
      changesAt: '02:00',
      changesOnDay: 6,
    });
  });

  test('just after midnight it is still open on the new day', () => {
    // Saturday 00:30 in Makassar = Friday 16:30 UTC.
    expect(openState(lateNight, zone, new Date('2025-01-10T16:30:00Z'))).toEqual({
      open: true,
      changesAt: '02:00',
      changesOnDay: 6,
    });
  });

  test('at 02:00 it closes until 18:00 the same day', () => {
    // Saturday 02:00 in Makassar = Friday 18:00 UTC.
    expect(openState(lateNight, zone, new Date('2025-01-10T18:00:00Z'))).toEqual({
      open: false,
      changesAt: '18:00',
      changesOnDay: 6,
    });
  });
});

describe('nextOpening, for the shopper away banner', () => {
  test('is null while open', () => {
    expect(nextOpening(nineToFive, 'Asia/Jakarta', new Date('2025-01-06T05:00:00Z'))).toBeNull();
  });

  test('before opening it is today at 09:00', () => {
    // Monday 07:00 in Jakarta.
    expect(nextOpening(nineToFive, 'Asia/Jakarta', new Date('2025-01-06T00:00:00Z'))).toEqual({
      time: '09:00',
      day: 1,
      today: true,
    });
  });

  test('after closing it is tomorrow, not today', () => {
    // Monday 18:00 in Jakarta.
    expect(nextOpening(nineToFive, 'Asia/Jakarta', new Date('2025-01-06T11:00:00Z'))).toEqual({
      time: '09:00',
      day: 2,
      today: false,
    });
  });

  test('on Friday evening the next opening skips the closed weekend to Monday', () => {
    // Friday 20:00 in Jayapura = 11:00 UTC.
    expect(nextOpening(nineToFive, 'Asia/Jayapura', new Date('2025-01-10T11:00:00Z'))).toEqual({
      time: '09:00',
      day: 1,
      today: false,
    });
  });

  test('a week later on the same weekday is not today', () => {
    const mondayMornings: WeeklyHours = { '1': [['09:00', '12:00']] };
    // Monday 13:00 in Jakarta.
    expect(nextOpening(mondayMornings, 'Asia/Jakarta', new Date('2025-01-06T06:00:00Z'))).toEqual({
      time: '09:00',
      day: 1,
      today: false,
    });
  });

  test('is null for a business with no hours at all', () => {
    expect(nextOpening({}, 'Asia/Jakarta', new Date('2025-01-06T06:00:00Z'))).toBeNull();
  });
});
