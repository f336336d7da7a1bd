import {
  insertQuickReply,
  matchQuickReplies,
  MAX_SUGGESTIONS,
  shortcutQuery,
} from '@/lib/inbox/quick-reply-match';
import type { QuickReply } from '@/lib/protocol/inbox.schema';

const reply = (shortcut: string, text = `text of ${shortcut}`): QuickReply => ({
  id: shortcut,
  shortcut,
  text,
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('shortcutQuery', () => {
  test('finds the shortcut being typed right before the caret', () => {
    expect(shortcutQuery('/', 1)).toBe('');
    expect(shortcutQuery('/ong', 4)).toBe('ong');
    expect(shortcutQuery('Halo kak, /ong', 14)).toBe('ong');
    expect(shortcutQuery('baris satu\n/ter', 15)).toBe('ter');
  });

  test('ignores a slash inside a word, after the caret, or followed by a space', () => {
    expect(shortcutQuery('dan/atau', 8)).toBeNull();
    expect(shortcutQuery('/ong kir', 8)).toBeNull();
    expect(shortcutQuery('/ongkir', 0)).toBeNull();
    expect(shortcutQuery('http://x', 8)).toBeNull();
    expect(shortcutQuery('', 0)).toBeNull();
  });
});

describe('matchQuickReplies', () => {
  const replies = [
    reply('terima-kasih'),
    reply('ongkir'),
    reply('Ongkir_JKT'),
    reply('cek-ongkir'),
  ];

  test('prefix matches first, then those that contain the query, ignoring case', () => {
    expect(matchQuickReplies(replies, 'ONG').map((r) => r.shortcut)).toEqual([
      'ongkir',
      'Ongkir_JKT',
      'cek-ongkir',
    ]);
  });

  test('an empty query lists everything, in order, up to the maximum', () => {
    expect(matchQuickReplies(replies, '').map((r) => r.shortcut)).toEqual([
      'cek-ongkir',
      'ongkir',
      'Ongkir_JKT',
      'terima-kasih',
    ]);
    const many = Array.from({ length: 20 }, (_, n) => reply(`r${n}`));
    expect(matchQuickReplies(many, 'r')).toHaveLength(MAX_SUGGESTIONS);
  });

  test('no match gives an empty list', () => {
    expect(matchQuickReplies(replies, 'zzz')).toEqual([]);
  });
});

describe('insertQuickReply', () => {
  test('replaces "/query" before the caret and keeps the rest', () => {
    expect(insertQuickReply('Halo /ong sampai jumpa', 9, 'ong', 'Ongkir Rp10.000')).toEqual({
      text: 'Halo Ongkir Rp10.000 sampai jumpa',
      caret: 20,
    });
    expect(insertQuickReply('/', 1, '', 'Terima kasih!')).toEqual({
      text: 'Terima kasih!',
      caret: 13,
    });
  });
});
