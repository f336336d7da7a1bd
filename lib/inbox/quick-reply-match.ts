// Quick replies in the composer: "/" and part of a shortcut, right before the caret, opens a list
// of matches; choosing one puts its text in place of the "/shortcut".
import type { QuickReply } from '../protocol/inbox.schema';

export const MAX_SUGGESTIONS = 8;

/** The shortcut being typed at `caret` ("" just after "/"), or null when none is. */
export function shortcutQuery(text: string, caret: number): string | null {
  const match = /(?:^|\s)\/([A-Za-z0-9_-]*)$/.exec(text.slice(0, caret));
  return match ? (match[1] ?? '') : null;
}

/** Shortcuts starting with the query first, then those containing it; case does not matter. */
export function matchQuickReplies(replies: QuickReply[], query: string): QuickReply[] {
  const wanted = query.toLowerCase();
  const starts: QuickReply[] = [];
  const contains: QuickReply[] = [];
  for (const reply of replies) {
    const shortcut = reply.shortcut.toLowerCase();
    if (shortcut.startsWith(wanted)) starts.push(reply);
    else if (shortcut.includes(wanted)) contains.push(reply);
  }
  const byShortcut = (a: QuickReply, b: QuickReply) => a.shortcut.localeCompare(b.shortcut);
  return [...starts.sort(byShortcut), ...contains.sort(byShortcut)].slice(0, MAX_SUGGESTIONS);
}

/** The text with "/query" before the caret replaced by the reply, and where the caret goes. */
export function insertQuickReply(
  text: string,
  caret: number,
  query: string,
  replyText: string,
): { text: string; caret: number } {
  const start = caret - query.length - 1;
  const next = text.slice(0, start) + replyText + text.slice(caret);
  return { text: next, caret: start + replyText.length };
}
