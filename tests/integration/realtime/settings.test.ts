import { call, nextEvent, request, type TestSocket } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { createOtherBusiness } from '../../support/seed';
import { storeKinds } from '../../support/store';
import type { Result } from '@/lib/protocol/errors';
import { insertMedia } from '@/lib/store/media.repository';

jest.setTimeout(60_000);

const week = {
  '0': [],
  '1': [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
  '2': [['08:00', '17:00']],
  '3': [['08:00', '17:00']],
  '4': [['08:00', '17:00']],
  '5': [
    ['08:00', '11:30'],
    ['13:30', '17:00'],
  ],
  '6': [['09:00', '24:00']],
};

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe.each(storeKinds())('business settings over the socket (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { agent, shopper } = harness;

  const storedDemo = () =>
    harness.store.db
      .selectFrom('businesses')
      .selectAll()
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();

  /** An uploaded image of the business, as POST /api/business/media stores it. */
  const uploadFor = async (businessId: string) => {
    const { id } = await insertMedia(harness.store.db, {
      businessId,
      bytes: new Uint8Array([1, 2, 3]),
      contentType: 'image/webp',
      width: 1,
      height: 1,
    });
    return `/media/${id}`;
  };

  test('settings:get answers the demo business settings with every weekday', async () => {
    const { settings } = await request(await agent(), 'settings:get', {});
    expect(settings).toMatchObject({
      slug: 'demo',
      name: 'Griya Nusantara',
      timezone: 'Asia/Jakarta',
      greetingEnabled: true,
      awayEnabled: false,
      awayBanner: false,
    });
    expect(Object.keys(settings.hours).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });

  test('settings:update saves profile, hours and messages in one go, answers them, and tells other agents', async () => {
    const owner = await agent();
    const otherTab = await agent();
    const avatarUrl = await uploadFor((await storedDemo()).id);
    const heard = nextEvent(otherTab, 'business:updated');
    const { settings } = await request(owner, 'settings:update', {
      name: '  Griya Nusantara Baru ',
      about: 'Batik dan kopi.',
      description: 'Toko kecil di Yogyakarta.',
      address: 'Jl. Prawirotaman II No. 18',
      email: 'halo@griya.example',
      website: 'https://griya.example',
      avatarUrl,
      timezone: 'Asia/Jayapura',
      hours: week,
      greetingEnabled: true,
      greetingText: 'Selamat datang!',
      awayEnabled: true,
      awayText: 'Kami sedang tutup.',
      awayBanner: true,
    });
    expect(settings).toMatchObject({
      name: 'Griya Nusantara Baru',
      timezone: 'Asia/Jayapura',
      hours: week,
      awayEnabled: true,
      avatarUrl,
    });
    expect((await heard).settings).toEqual(settings);
    expect(await request(owner, 'settings:get', {})).toEqual({ settings });
    const row = await storedDemo();
    expect(row).toMatchObject({ name: 'Griya Nusantara Baru', away_text: 'Kami sedang tutup.' });
    expect(row.hours).toEqual(week);
  });

  test('a partial update changes only the fields it sends', async () => {
    const owner = await agent();
    const before = (await request(owner, 'settings:get', {})).settings;
    const { settings } = await request(owner, 'settings:update', { about: 'Hanya ini berubah.' });
    expect(settings).toEqual({
      ...before,
      about: 'Hanya ini berubah.',
      updatedAt: settings.updatedAt,
    });
  });

  describe('invalid settings are refused with field issues and nothing is saved', () => {
    const valid = { name: 'Tidak tersimpan', about: 'Tidak tersimpan' };
    test.each([
      ['name empty', { name: '' }, 'name'],
      ['name over 80', { name: 'n'.repeat(81) }, 'name'],
      ['about over 139', { about: 'a'.repeat(140) }, 'about'],
      ['description over 1000', { description: 'd'.repeat(1001) }, 'description'],
      ['address over 300', { address: 'a'.repeat(301) }, 'address'],
      ['email invalid', { email: 'halo@' }, 'email'],
      ['website not http(s)', { website: 'ftp://griya.example' }, 'website'],
      ['phone with letters', { phone: 'call me' }, 'phone'],
      ['avatar on another site', { avatarUrl: 'https://evil.example/a.png' }, 'avatarUrl'],
      [
        'avatar never uploaded',
        { avatarUrl: '/media/0f8fad5b-d9cb-469f-a165-70867728950e' },
        'avatarUrl',
      ],
      ['time zone unknown', { timezone: 'Asia/Atlantis' }, 'timezone'],
      [
        'hours closing before opening',
        { hours: { ...week, '2': [['17:00', '08:00']] } },
        'hours.2.0',
      ],
      [
        'hours overlapping',
        {
          hours: {
            ...week,
            '3': [
              ['08:00', '12:00'],
              ['11:00', '13:00'],
            ],
          },
        },
        'hours.3.1',
      ],
      ['hours not HH:MM', { hours: { ...week, '4': [['8am', '17:00']] } }, 'hours.4.0.0'],
      ['greeting over 1000', { greetingText: 'g'.repeat(1001) }, 'greetingText'],
      ['greeting switch not boolean', { greetingEnabled: 'on' }, 'greetingEnabled'],
      ['greeting on without text', { greetingEnabled: true, greetingText: '  ' }, 'greetingText'],
      ['away over 1000', { awayText: 'a'.repeat(1001) }, 'awayText'],
      ['away on without text', { awayEnabled: true, awayText: '' }, 'awayText'],
      ['away banner not boolean', { awayBanner: 1 }, 'awayBanner'],
      ['a field that is not a setting', { slug: 'taken' }, ''],
    ])('%s', async (_name, invalid, path) => {
      const owner = await agent();
      const before = await storedDemo();
      const error = refusal(await call(owner, 'settings:update', { ...valid, ...invalid }));
      expect(error.code).toBe('INVALID_PAYLOAD');
      expect(error.issues?.map((issue) => issue.path)).toContain(path);
      expect(await storedDemo()).toEqual(before);
    });
  });

  test('an avatar uploaded by another business is refused; an empty one removes the avatar', async () => {
    const owner = await agent();
    const other = await createOtherBusiness(harness.store, 'avatar-thief');
    const theirs = await uploadFor(other.businessId);
    const before = await storedDemo();
    const error = refusal(await call(owner, 'settings:update', { avatarUrl: theirs }));
    expect(error.issues?.map((issue) => issue.path)).toEqual(['avatarUrl']);
    expect(await storedDemo()).toEqual(before);

    await request(owner, 'settings:update', { avatarUrl: await uploadFor(before.id) });
    const { settings } = await request(owner, 'settings:update', { avatarUrl: '' });
    expect(settings.avatarUrl).toBe('');
  });

  describe('authorization', () => {
    test('a shopper socket gets FORBIDDEN for settings:get and settings:update, and nothing changes', async () => {
      const customer = await shopper();
      const before = await storedDemo();
      expect(refusal(await call(customer, 'settings:get', {})).code).toBe('FORBIDDEN');
      expect(refusal(await call(customer, 'settings:update', { name: 'Punyaku' })).code).toBe(
        'FORBIDDEN',
      );
      expect(await storedDemo()).toEqual(before);
    });

    test("another business's agent reads and changes only its own business, and demo agents do not hear of it", async () => {
      const other = await createOtherBusiness(harness.store, 'settings-other');
      const theirs: TestSocket = await agent(other.email, other.password);
      const demoAgent = await agent();
      let leaked = false;
      demoAgent.on('business:updated', () => {
        leaked = true;
      });
      const before = await storedDemo();

      const read = await request(theirs, 'settings:get', {});
      expect(read.settings).toMatchObject({ businessId: other.businessId, slug: 'settings-other' });
      const { settings } = await request(theirs, 'settings:update', { name: 'Other Shop Renamed' });
      expect(settings.businessId).toBe(other.businessId);
      // A business id in the payload is not a setting: refused, never followed.
      const smuggled = await call(theirs, 'settings:update', {
        businessId: before.id,
        name: 'Hijacked',
      });
      expect(refusal(smuggled).code).toBe('INVALID_PAYLOAD');

      await request(demoAgent, 'settings:get', {});
      expect(leaked).toBe(false);
      expect(await storedDemo()).toEqual(before);
      const otherRow = await harness.store.db
        .selectFrom('businesses')
        .select('name')
        .where('id', '=', other.businessId)
        .executeTakeFirstOrThrow();
      expect(otherRow.name).toBe('Other Shop Renamed');
    });
  });
});
