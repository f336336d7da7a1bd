import { buildPushPayload, PREVIEW_LENGTH, previewLine } from '@/lib/push/payload';
import { base64UrlByteLength, pushPayloadSchema } from '@/lib/protocol/push.schema';

describe('previewLine', () => {
  test('takes the first non-empty line, trimmed', () => {
    expect(previewLine('  Halo kak!  \nPesanan siap.')).toBe('Halo kak!');
    expect(previewLine('\n\n  \r\nSecond line first\r\nthird')).toBe('Second line first');
    expect(previewLine('')).toBe('');
  });

  test(`cuts lines longer than ${PREVIEW_LENGTH} characters with an ellipsis`, () => {
    const long = 'a'.repeat(300);
    const preview = previewLine(long);
    expect(Array.from(preview)).toHaveLength(PREVIEW_LENGTH);
    expect(preview.endsWith('…')).toBe(true);
    expect(previewLine('b'.repeat(PREVIEW_LENGTH))).toBe('b'.repeat(PREVIEW_LENGTH));
  });

  test('never splits an emoji (counts code points, not UTF-16 units)', () => {
    const preview = previewLine('😀'.repeat(200), 10);
    expect(preview).toBe(`${'😀'.repeat(9)}…`);
  });
});

test('the payload names the business, previews the reply and links to the chat', () => {
  const payload = buildPushPayload({
    businessName: 'Griya Nusantara',
    businessSlug: 'demo',
    conversationId: '2b1e1d2c-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
    text: 'Receipt · Order #12\nTotal Rp 150.000',
    unread: 3,
  });
  expect(payload).toEqual({
    title: 'Griya Nusantara',
    body: 'Receipt · Order #12',
    url: '/c/demo',
    tag: 'conversation:2b1e1d2c-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
    unread: 3,
  });
  expect(pushPayloadSchema.parse(payload)).toEqual(payload);
  // Well under the 4 KiB a push service accepts, even with the longest name and preview.
  expect(
    JSON.stringify(
      buildPushPayload({
        businessName: 'N'.repeat(80),
        businessSlug: 's'.repeat(64),
        conversationId: '2b1e1d2c-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
        text: '字'.repeat(4000),
        unread: 99999,
      }),
    ).length,
  ).toBeLessThan(1024);
});

test('base64UrlByteLength counts decoded bytes and refuses other alphabets', () => {
  expect(base64UrlByteLength(Buffer.alloc(16).toString('base64url'))).toBe(16);
  expect(base64UrlByteLength(Buffer.alloc(65).toString('base64url'))).toBe(65);
  expect(base64UrlByteLength(Buffer.alloc(16).toString('base64'))).toBe(16);
  expect(base64UrlByteLength('ab+/')).toBe(-1);
  expect(base64UrlByteLength('abcde')).toBe(-1);
});
