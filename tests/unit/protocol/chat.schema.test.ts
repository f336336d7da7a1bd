import { randomUUID } from 'node:crypto';
import {
  MAX_MESSAGE_LENGTH,
  MAX_PAGE_SIZE,
  conversationJoinInput,
  conversationListInput,
  conversationOpenInput,
  messageHistoryInput,
  messageSendInput,
  messageSyncInput,
  messageText,
  receiptUpdateInput,
  typingUpdateInput,
} from '@/lib/protocol/chat.schema';

const conversationId = randomUUID();
const clientId = randomUUID();

describe('message text', () => {
  test('is trimmed of spaces, tabs and newlines at both ends', () => {
    expect(messageText.parse(' \t\n Halo, kak!\n\t ')).toBe('Halo, kak!');
  });

  test('keeps whitespace inside the message', () => {
    expect(messageText.parse('baris satu\n\nbaris dua')).toBe('baris satu\n\nbaris dua');
  });

  test.each([
    ['empty', ''],
    ['spaces only', '     '],
    ['newlines only', '\n\n\n'],
    ['tabs only', '\t\t'],
    ['mixed whitespace only', ' \t\r\n '],
  ])('is refused when %s', (_label, text) => {
    expect(messageText.safeParse(text).success).toBe(false);
  });

  test(`accepts exactly ${MAX_MESSAGE_LENGTH} characters and refuses one more`, () => {
    expect(messageText.parse('a'.repeat(MAX_MESSAGE_LENGTH))).toHaveLength(MAX_MESSAGE_LENGTH);
    const tooLong = messageText.safeParse('a'.repeat(MAX_MESSAGE_LENGTH + 1));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe(
      `A message can be at most ${MAX_MESSAGE_LENGTH} characters.`,
    );
  });

  test('refuses a NUL character, which PostgreSQL text cannot hold', () => {
    expect(messageText.safeParse('halo\u0000kak').success).toBe(false);
  });

  test('refuses an unpaired surrogate but keeps emoji made of surrogate pairs', () => {
    expect(messageText.safeParse('halo \ud83d').success).toBe(false);
    expect(messageText.safeParse('\ude00 halo').success).toBe(false);
    expect(messageText.parse('halo 😀')).toBe('halo 😀');
  });

  test.each([42, null, undefined, ['text'], { text: 'hi' }])(
    'refuses a non-string value (%p)',
    (value) => {
      expect(messageText.safeParse(value).success).toBe(false);
    },
  );
});

describe('message:send input', () => {
  test('accepts a well-formed message and trims its text', () => {
    expect(messageSendInput.parse({ conversationId, clientId, text: '  hi  ' })).toEqual({
      conversationId,
      clientId,
      text: 'hi',
    });
  });

  test('refuses unknown extra fields', () => {
    const result = messageSendInput.safeParse({
      conversationId,
      clientId,
      text: 'hi',
      sender: 'business',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  test.each([
    ['conversationId', { conversationId: 'not-a-uuid', clientId, text: 'hi' }],
    ['clientId', { conversationId, clientId: '12345', text: 'hi' }],
    ['text', { conversationId, clientId, text: 7 }],
  ])('names the field that is wrong (%s)', (field, payload) => {
    const result = messageSendInput.safeParse(payload);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });

  test('refuses a payload missing every field, naming each', () => {
    const result = messageSendInput.safeParse({});
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'clientId',
      'conversationId',
      'text',
    ]);
  });

  test.each([null, 'text', [{ conversationId, clientId, text: 'hi' }], 12])(
    'refuses a payload that is not an object (%p)',
    (value) => {
      expect(messageSendInput.safeParse(value).success).toBe(false);
    },
  );
});

describe('paging inputs', () => {
  test('message:sync and message:history default the page size to 50', () => {
    expect(messageSyncInput.parse({ conversationId, afterSeq: 0 })).toEqual({
      conversationId,
      afterSeq: 0,
      limit: 50,
    });
    expect(messageHistoryInput.parse({ conversationId, beforeSeq: 10 })).toEqual({
      conversationId,
      beforeSeq: 10,
      limit: 50,
    });
  });

  test('conversation:list defaults the page size to 50 and needs nothing else', () => {
    expect(conversationListInput.parse({})).toEqual({ limit: 50 });
  });

  test(`accepts page sizes from 1 to ${MAX_PAGE_SIZE}`, () => {
    expect(messageSyncInput.parse({ conversationId, afterSeq: 0, limit: 1 }).limit).toBe(1);
    expect(
      messageSyncInput.parse({ conversationId, afterSeq: 0, limit: MAX_PAGE_SIZE }).limit,
    ).toBe(MAX_PAGE_SIZE);
  });

  test.each([0, -1, MAX_PAGE_SIZE + 1, 2.5, '10'])('refuses a page size of %p', (limit) => {
    expect(messageSyncInput.safeParse({ conversationId, afterSeq: 0, limit }).success).toBe(false);
    expect(messageHistoryInput.safeParse({ conversationId, beforeSeq: 5, limit }).success).toBe(
      false,
    );
    expect(conversationListInput.safeParse({ limit }).success).toBe(false);
  });

  test.each([-1, 1.5, 2_147_483_648, Number.MAX_SAFE_INTEGER, '3'])(
    'refuses a sequence number of %p',
    (seq) => {
      expect(messageSyncInput.safeParse({ conversationId, afterSeq: seq }).success).toBe(false);
      expect(messageHistoryInput.safeParse({ conversationId, beforeSeq: seq }).success).toBe(false);
    },
  );

  test('accepts the largest sequence number a database integer holds', () => {
    expect(messageSyncInput.parse({ conversationId, afterSeq: 2_147_483_647 }).afterSeq).toBe(
      2_147_483_647,
    );
  });

  test('conversation:list takes an ISO time with an offset as `before` and refuses other text', () => {
    expect(conversationListInput.parse({ before: '2025-01-02T03:04:05.000Z' }).before).toBe(
      '2025-01-02T03:04:05.000Z',
    );
    expect(conversationListInput.parse({ before: '2025-01-02T10:04:05+07:00' }).before).toBe(
      '2025-01-02T10:04:05+07:00',
    );
    expect(conversationListInput.safeParse({ before: 'yesterday' }).success).toBe(false);
  });
});

describe('receipt:update input', () => {
  test('accepts deliveredSeq alone, readSeq alone, or both', () => {
    expect(receiptUpdateInput.parse({ conversationId, deliveredSeq: 3 })).toEqual({
      conversationId,
      deliveredSeq: 3,
    });
    expect(receiptUpdateInput.parse({ conversationId, readSeq: 2 })).toEqual({
      conversationId,
      readSeq: 2,
    });
    expect(receiptUpdateInput.parse({ conversationId, deliveredSeq: 3, readSeq: 2 })).toEqual({
      conversationId,
      deliveredSeq: 3,
      readSeq: 2,
    });
  });

  test('refuses an update that moves neither mark, with a message saying what to give', () => {
    const result = receiptUpdateInput.safeParse({ conversationId });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Give deliveredSeq, readSeq or both.');
  });

  test('refuses negative marks and unknown fields', () => {
    expect(receiptUpdateInput.safeParse({ conversationId, readSeq: -1 }).success).toBe(false);
    expect(receiptUpdateInput.safeParse({ conversationId, readSeq: 1, seenSeq: 1 }).success).toBe(
      false,
    );
  });
});

describe('conversation and typing inputs', () => {
  test('conversation:open needs a business slug of 1 to 64 characters and nothing else', () => {
    expect(conversationOpenInput.parse({ businessSlug: 'demo' })).toEqual({ businessSlug: 'demo' });
    expect(conversationOpenInput.parse({ businessSlug: 'a' })).toEqual({ businessSlug: 'a' });
    expect(conversationOpenInput.parse({ businessSlug: 'a'.repeat(64) })).toEqual({
      businessSlug: 'a'.repeat(64),
    });
    expect(conversationOpenInput.safeParse({ businessSlug: '' }).success).toBe(false);
    expect(conversationOpenInput.safeParse({ businessSlug: 'a'.repeat(65) }).success).toBe(false);
    expect(
      conversationOpenInput.safeParse({ businessSlug: 'demo', shopperId: randomUUID() }).success,
    ).toBe(false);
  });

  test.each(['griya-nusantara', 'toko2', '7-eleven'])(
    'conversation:open accepts the slug %p',
    (businessSlug) => {
      expect(conversationOpenInput.safeParse({ businessSlug }).success).toBe(true);
    },
  );

  test.each(['Demo', '-demo', 'demo-', 'toko kopi', 'demo\u0000', 'toko/../admin', 'kopi_luwak'])(
    'conversation:open refuses %p, which no business slug can be',
    (businessSlug) => {
      expect(conversationOpenInput.safeParse({ businessSlug }).success).toBe(false);
    },
  );

  test('conversation:join needs a conversation UUID', () => {
    expect(conversationJoinInput.parse({ conversationId })).toEqual({ conversationId });
    expect(conversationJoinInput.safeParse({ conversationId: 'abc' }).success).toBe(false);
  });

  test('typing:update needs a real boolean', () => {
    expect(typingUpdateInput.parse({ conversationId, typing: false })).toEqual({
      conversationId,
      typing: false,
    });
    expect(typingUpdateInput.safeParse({ conversationId, typing: 'true' }).success).toBe(false);
    expect(typingUpdateInput.safeParse({ conversationId }).success).toBe(false);
  });
});
