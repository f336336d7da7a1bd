import { landingUrl, parseLanding } from '@/lib/links/landing';

describe('parseLanding: the prefilled text', () => {
  test('is trimmed', () => {
    expect(parseLanding({ text: '  Halo, masih ada?\n ' }).text).toBe('Halo, masih ada?');
  });

  test('is cut at 1,000 characters rather than refused', () => {
    expect(parseLanding({ text: 'a'.repeat(5_000) }).text).toBe('a'.repeat(1_000));
  });

  test('keeps no half of an emoji where it is cut', () => {
    const text = `${'a'.repeat(999)}😀`;
    expect(parseLanding({ text }).text).toBe('a'.repeat(999));
  });

  test('loses NUL characters and unpaired surrogates, keeping the rest', () => {
    expect(parseLanding({ text: 'ab\u0000c\uD800d\uDC00e 😀' }).text).toBe('abcde 😀');
  });

  test('keeps markup as plain text: it is rendered as text, never as HTML', () => {
    const text = '<script>window.__x=1</script>';
    expect(parseLanding({ text }).text).toBe(text);
  });

  test('is ignored when repeated or missing', () => {
    expect(parseLanding({ text: ['one', 'two'] }).text).toBe('');
    expect(parseLanding({}).text).toBe('');
  });
});

describe('parseLanding: the product', () => {
  test('takes a SKU', () => {
    expect(parseLanding({ product: 'kopi-arabika-gayo' }).productSku).toBe('kopi-arabika-gayo');
  });

  test.each([['../etc'], ['a b'], ['x'.repeat(65)], [['a', 'b']], ['']])(
    'ignores what is no SKU: %p',
    (product) => {
      expect(parseLanding({ product }).productSku).toBeNull();
    },
  );
});

describe('parseLanding: campaign fields', () => {
  test('reads every utm field, the ad id and the ref', () => {
    const landing = parseLanding({
      utm_source: 'instagram',
      utm_medium: 'paid_social',
      utm_campaign: 'ramadan',
      utm_content: 'Batik sale',
      utm_term: 'batik',
      ad_id: '123',
      ref: 'AbC123',
    });
    expect(landing).toMatchObject({
      utm: {
        source: 'instagram',
        medium: 'paid_social',
        campaign: 'ramadan',
        content: 'Batik sale',
        term: 'batik',
      },
      adId: '123',
      ref: 'AbC123',
      sourceType: 'ad',
      attributed: true,
    });
  });

  test('cuts utm fields and the ad id at 100 characters', () => {
    const landing = parseLanding({ utm_campaign: 'c'.repeat(300), ad_id: '9'.repeat(300) });
    expect(landing.utm.campaign).toBe('c'.repeat(100));
    expect(landing.adId).toBe('9'.repeat(100));
  });

  test('turns control characters in a field into spaces and drops NUL', () => {
    expect(parseLanding({ utm_campaign: 'ram\u0000adan\nsale' }).utm.campaign).toBe('ramadan sale');
  });

  test('ignores repeated fields', () => {
    expect(parseLanding({ utm_source: ['a', 'b'] }).utm.source).toBe('');
  });

  test('takes click ids of printable ASCII up to 500 characters, and ignores any other', () => {
    expect(parseLanding({ fbclid: 'IwAR0abc-_.' }).fbclid).toBe('IwAR0abc-_.');
    expect(parseLanding({ ctwa_clid: 'ARAk' }).ctwaClid).toBe('ARAk');
    expect(parseLanding({ fbclid: 'x'.repeat(500) }).fbclid).toHaveLength(500);
    expect(parseLanding({ fbclid: 'x'.repeat(501) }).fbclid).toBeNull();
    expect(parseLanding({ fbclid: 'a b' }).fbclid).toBeNull();
    expect(parseLanding({ fbclid: 'é' }).fbclid).toBeNull();
    expect(parseLanding({ ctwa_clid: ['a', 'b'] }).ctwaClid).toBeNull();
  });

  test('takes a ref of letters, digits, ".", "_" and "-" up to 64 characters only', () => {
    expect(parseLanding({ ref: 'spring_2026.a-b' }).ref).toBe('spring_2026.a-b');
    expect(parseLanding({ ref: 'r'.repeat(65) }).ref).toBe('');
    expect(parseLanding({ ref: 'a/b' }).ref).toBe('');
    expect(parseLanding({ ref: '<b>' }).ref).toBe('');
  });

  test('counts as attributed only with a campaign field that was accepted', () => {
    expect(parseLanding({ text: 'hi', product: 'kopi' }).attributed).toBe(false);
    expect(parseLanding({ ref: 'a/b', fbclid: 'a b' }).attributed).toBe(false);
    expect(parseLanding({ utm_campaign: 'x' }).attributed).toBe(true);
    expect(parseLanding({ src: 'qr' }).attributed).toBe(true);
    expect(parseLanding({ fbclid: 'abc' }).attributed).toBe(true);
  });
});

describe('parseLanding: the source type', () => {
  test('is src when the link gives one', () => {
    expect(parseLanding({ src: 'qr', ad_id: '1' }).sourceType).toBe('qr');
    expect(parseLanding({ src: 'POST' }).sourceType).toBe('post');
  });

  test('ignores an unknown src', () => {
    expect(parseLanding({ src: 'billboard' })).toMatchObject({ src: null, sourceType: 'link' });
  });

  test.each([
    [{ ad_id: '123' }],
    [{ ctwa_clid: 'abc' }],
    [{ utm_medium: 'cpc' }],
    [{ utm_medium: 'Paid' }],
    [{ utm_medium: 'paid_social' }],
    [{ utm_medium: 'ads' }],
  ])('is an ad for %p', (query) => {
    expect(parseLanding(query).sourceType).toBe('ad');
  });

  test.each([[{ utm_medium: 'social' }], [{ utm_medium: 'organic' }], [{ utm_medium: 'post' }]])(
    'is a post for %p',
    (query) => {
      expect(parseLanding(query).sourceType).toBe('post');
    },
  );

  test('is a link otherwise', () => {
    expect(parseLanding({ utm_medium: 'email' }).sourceType).toBe('link');
    expect(parseLanding({ fbclid: 'abc' }).sourceType).toBe('link');
  });
});

describe('landingUrl', () => {
  test('keeps the campaign fields and leaves out click ids and unknown parameters', () => {
    const query = {
      utm_source: 'instagram',
      fbclid: 'secret-click',
      ctwa_clid: 'another',
      other: 'x',
      ref: 'AbC123',
    };
    expect(landingUrl('/c/demo', query, parseLanding(query))).toBe(
      '/c/demo?utm_source=instagram&ref=AbC123',
    );
  });

  test('keeps the values as cleaned', () => {
    const query = { utm_campaign: 'c'.repeat(300), text: 'a b' };
    expect(landingUrl('/c/demo', query, parseLanding(query))).toBe(
      `/c/demo?utm_campaign=${'c'.repeat(100)}&text=a+b`,
    );
  });
});
