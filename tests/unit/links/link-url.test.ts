import { fullLinkPath, fullLinkUrl, qrCodeUrl, shortLinkUrl } from '@/lib/links/link-url';

const empty = {
  code: 'Ab3dE6gH',
  text: '',
  productSku: null,
  adId: '',
  utm: { source: '', medium: '', campaign: '', content: '', term: '' },
};

describe('link URLs', () => {
  test('the full link carries only the fields with a value, always with ref', () => {
    expect(fullLinkPath('demo', empty)).toBe('/c/demo?ref=Ab3dE6gH');
  });

  test('every field, in a stable order, encoded by URLSearchParams', () => {
    const link = {
      ...empty,
      text: 'Halo & salam\nmau tanya?',
      productSku: 'mangkuk-kayu-jati',
      adId: '1202',
      utm: {
        source: 'instagram',
        medium: 'paid',
        campaign: 'nov sale',
        content: 'c1',
        term: 'kayu',
      },
    };
    expect(fullLinkUrl('https://obrol.example', 'demo', link)).toBe(
      'https://obrol.example/c/demo?text=Halo+%26+salam%0Amau+tanya%3F&product=mangkuk-kayu-jati' +
        '&utm_source=instagram&utm_medium=paid&utm_campaign=nov+sale&utm_content=c1&utm_term=kayu' +
        '&ad_id=1202&ref=Ab3dE6gH',
    );
    const parsed = new URL(fullLinkUrl('https://obrol.example', 'demo', link)).searchParams;
    expect(parsed.get('text')).toBe('Halo & salam\nmau tanya?');
  });

  test('src passes through last when the short link was given one', () => {
    expect(fullLinkPath('demo', empty, 'qr')).toBe('/c/demo?ref=Ab3dE6gH&src=qr');
    expect(fullLinkPath('demo', empty, null)).toBe('/c/demo?ref=Ab3dE6gH');
  });

  test('the short link and the QR code’s URL', () => {
    expect(shortLinkUrl('http://localhost:3000', 'Ab3dE6gH')).toBe(
      'http://localhost:3000/l/Ab3dE6gH',
    );
    expect(qrCodeUrl('http://localhost:3000', 'Ab3dE6gH')).toBe(
      'http://localhost:3000/l/Ab3dE6gH?src=qr',
    );
  });
});
