import {
  applyUpdate,
  currentLabels,
  matchesFilter,
  noFilter,
  shortShopperId,
} from '@/lib/inbox/inbox-list';
import type { ConversationSummary } from '@/lib/protocol/chat.schema';
import type { Label } from '@/lib/protocol/inbox.schema';

const vip: Label = { id: 'label-vip', name: 'VIP', color: 'amber' };

function summary(id: string, at: string, extra: Partial<ConversationSummary> = {}) {
  return {
    id,
    businessId: 'b',
    shopperId: `${id}-shopper`,
    lastSeq: 1,
    receipts: {
      shopper: { deliveredSeq: 0, readSeq: 0 },
      business: { deliveredSeq: 0, readSeq: 0 },
    },
    createdAt: at,
    lastMessageAt: at,
    lastMessage: null,
    unreadCount: 0,
    shopperName: null,
    labels: [],
    pendingOrderCount: 0,
    referral: null,
    ...extra,
  } satisfies ConversationSummary;
}

describe('matchesFilter', () => {
  test('no filter matches everything; label and unread filters narrow together', () => {
    const plain = summary('a', '2025-01-01T00:00:00.000Z');
    const labelledUnread = summary('b', '2025-01-01T00:00:00.000Z', {
      labels: [vip],
      unreadCount: 2,
    });
    expect(matchesFilter(plain, noFilter)).toBe(true);
    expect(matchesFilter(plain, { labelId: vip.id, unreadOnly: false })).toBe(false);
    expect(matchesFilter(plain, { labelId: null, unreadOnly: true })).toBe(false);
    expect(matchesFilter(labelledUnread, { labelId: vip.id, unreadOnly: true })).toBe(true);
    expect(matchesFilter(labelledUnread, { labelId: 'other', unreadOnly: true })).toBe(false);
  });
});

describe('applyUpdate', () => {
  const older = summary('a', '2025-01-01T00:00:00.000Z');
  const newer = summary('b', '2025-01-02T00:00:00.000Z');

  test('a new message moves its conversation to the top', () => {
    const update = summary('a', '2025-01-03T00:00:00.000Z', { unreadCount: 1 });
    expect(applyUpdate([newer, older], update, noFilter)).toEqual([update, newer]);
  });

  test('a new conversation is added in its place', () => {
    const middle = summary('c', '2025-01-01T12:00:00.000Z');
    expect(applyUpdate([newer, older], middle, noFilter).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });

  test('an update that no longer matches the filter takes the conversation out', () => {
    const unread = { ...older, unreadCount: 1 };
    const read = { ...older, unreadCount: 0 };
    expect(applyUpdate([unread], read, { labelId: null, unreadOnly: true })).toEqual([]);
  });

  test('an update older than the one shown is ignored', () => {
    const stale = summary('b', '2025-01-01T00:00:00.000Z');
    expect(applyUpdate([newer], stale, noFilter)).toEqual([newer]);
  });
});

describe('currentLabels and shortShopperId', () => {
  test("labels follow the business's list: renamed ones change, deleted ones go", () => {
    const renamed = { ...vip, name: 'Pelanggan setia', color: 'teal' as const };
    const gone: Label = { id: 'gone', name: 'Old', color: 'gray' };
    expect(currentLabels([vip, gone], [renamed])).toEqual([renamed]);
  });

  test('a shopper without a name is shown by the first characters of their id', () => {
    expect(shortShopperId('3f9a1c2e-0000-4000-8000-000000000000')).toBe('3f9a');
  });
});
