import { crossFieldIssues, fullWeek } from '@/lib/business/settings.service';
import { settingsUpdateInput, type BusinessSettings } from '@/lib/protocol/settings.schema';

function issuesOf(payload: unknown): string[] {
  const parsed = settingsUpdateInput.safeParse(payload);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
}

const week = fullWeek({ '1': [['09:00', '17:00']] });

describe('settings:update payload rules', () => {
  test('accepts a valid profile, hours and messages', () => {
    expect(
      issuesOf({
        name: 'Toko Jaya',
        about: 'a'.repeat(139),
        description: 'd'.repeat(1000),
        email: '',
        website: 'https://toko.example/about',
        avatarUrl: '/media/0f8fad5b-d9cb-469f-a165-70867728950e',
        timezone: 'Asia/Jayapura',
        hours: week,
        greetingEnabled: true,
        greetingText: 'Halo',
        awayEnabled: false,
        awayText: '',
        awayBanner: true,
      }),
    ).toEqual([]);
  });

  test.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['a name over 80', { name: 'n'.repeat(81) }, 'name'],
    ['about over 139', { about: 'a'.repeat(140) }, 'about'],
    ['a description over 1000', { description: 'd'.repeat(1001) }, 'description'],
    ['an invalid email', { email: 'not-an-email' }, 'email'],
    ['a website without http(s)', { website: 'javascript:alert(1)' }, 'website'],
    ['an avatar on another site', { avatarUrl: 'https://evil.example/a.png' }, 'avatarUrl'],
    ['an avatar path escaping /media', { avatarUrl: '/media/../secret' }, 'avatarUrl'],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['a greeting over 1000', { greetingText: 'g'.repeat(1001) }, 'greetingText'],
    ['an away message over 1000', { awayText: 'g'.repeat(1001) }, 'awayText'],
    ['a non-boolean switch', { awayBanner: 'yes' }, 'awayBanner'],
    ['an unknown field', { slug: 'mine' }, ''],
  ])('rejects %s', (_name, payload, path) => {
    expect(issuesOf(payload)).toContain(path);
  });

  test('rejects an empty update', () => {
    expect(issuesOf({})).toEqual(['']);
  });

  test('hours: closing must follow opening, spans must not overlap, times must be HH:MM', () => {
    expect(issuesOf({ hours: { ...week, '2': [['17:00', '09:00']] } })).toEqual(['hours.2.0']);
    expect(
      issuesOf({
        hours: {
          ...week,
          '3': [
            ['09:00', '12:00'],
            ['11:00', '15:00'],
          ],
        },
      }),
    ).toEqual(['hours.3.1']);
    expect(issuesOf({ hours: { ...week, '4': [['9:00', '17:00']] } })).toEqual(['hours.4.0.0']);
    expect(issuesOf({ hours: { ...week, '5': [['24:00', '24:00']] } })).toContain('hours.5.0.0');
    const { '6': _saturday, ...missingDay } = week;
    expect(issuesOf({ hours: missingDay })).toEqual(['hours.6']);
  });

  test('hours may close at 24:00, to continue after midnight', () => {
    expect(issuesOf({ hours: { ...week, '5': [['18:00', '24:00']] } })).toEqual([]);
  });
});

describe('rules across fields', () => {
  const base = {
    greetingEnabled: false,
    greetingText: '',
    awayEnabled: false,
    awayText: '',
  } as BusinessSettings;

  test('a greeting or away message that is on needs a text', () => {
    expect(crossFieldIssues({ ...base, greetingEnabled: true }).map((i) => i.path)).toEqual([
      'greetingText',
    ]);
    expect(
      crossFieldIssues({ ...base, awayEnabled: true, awayText: ' ' }).map((i) => i.path),
    ).toEqual(['awayText']);
    expect(crossFieldIssues({ ...base, awayEnabled: true, awayText: 'Tutup' })).toEqual([]);
  });
});
