import { reportRangeSchema } from '@/lib/protocol/report.schema';
import { lastDays, parseReportRange, shiftDate, todayIn } from '@/lib/reports/report-range';

const issues = (input: unknown) => {
  const parsed = reportRangeSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('a report date range', () => {
  test('real dates in order, up to 366 days with both ends included, are accepted', () => {
    expect(issues({ from: '2026-03-01', to: '2026-03-01' })).toEqual([]);
    expect(issues({ from: '2024-02-29', to: '2024-02-29' })).toEqual([]);
    expect(issues({ from: '2025-01-01', to: '2026-01-01' })).toEqual([]);
  });

  test('the end before the start is refused on the end date', () => {
    expect(issues({ from: '2026-03-02', to: '2026-03-01' })).toEqual([
      { path: 'to', message: 'The end date must be on or after the start date.' },
    ]);
  });

  test('367 days is one too many', () => {
    expect(issues({ from: '2025-01-01', to: '2026-01-02' })).toEqual([
      { path: 'to', message: 'A report covers at most 366 days.' },
    ]);
  });

  test.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '2026-00-10'])(
    'a date the calendar does not have is refused: %s',
    (date) => {
      expect(issues({ from: date, to: '2026-12-31' })).toEqual([
        { path: 'from', message: 'This date does not exist in the calendar.' },
      ]);
    },
  );

  test.each(['1/3/2026', '2026-3-1', '', '2026-03-01T00:00', ' 2026-03-01'])(
    'a date not written as YYYY-MM-DD is refused: %j',
    (date) => {
      expect(issues({ from: '2026-03-01', to: date })).toEqual([
        { path: 'to', message: 'Use a date written as YYYY-MM-DD, for example 2026-03-01.' },
      ]);
    },
  );

  test('other fields (a business id) and missing dates are refused', () => {
    expect(issues({ from: '2026-03-01', to: '2026-03-02', businessId: 'x' })).toHaveLength(1);
    expect(issues({ from: '2026-03-01' })).toHaveLength(1);
  });

  test('parsing query parameters says what is wrong in its message', () => {
    expect(() => parseReportRange({ from: '2026-03-05', to: '2026-03-01' })).toThrow(
      'The date range is not valid. to: The end date must be on or after the start date.',
    );
    expect(() => parseReportRange({ from: null, to: '2026-03-01' })).toThrow(/from: Use a date/);
    expect(parseReportRange({ from: '2026-03-01', to: '2026-03-07' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-07',
    });
  });
});

describe('dates in the business time zone', () => {
  test('today is the calendar date in the zone, not in UTC', () => {
    // 17:30 UTC is already 00:30 the next day in Jakarta (UTC+7).
    const now = new Date('2026-03-01T17:30:00Z');
    expect(todayIn('Asia/Jakarta', now)).toBe('2026-03-02');
    expect(todayIn('UTC', now)).toBe('2026-03-01');
  });

  test('the last 7 and 30 days end today and include it', () => {
    const now = new Date('2026-03-01T17:30:00Z');
    expect(lastDays(7, 'Asia/Jakarta', now)).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(lastDays(30, 'Asia/Jakarta', now)).toEqual({ from: '2026-02-01', to: '2026-03-02' });
  });

  test('shifting crosses months and leap days', () => {
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
  });
});
