// What a notification says: built on the server, shown as is by the service worker.
import type { PushPayload } from '../protocol/push.schema';

export const PREVIEW_LENGTH = 120;

/** The first non-empty line of a message, cut to `max` characters (whole code points) with "…". */
export function previewLine(text: string, max = PREVIEW_LENGTH): string {
  const line =
    text
      .split(/\r\n|\r|\n/)
      .map((part) => part.trim())
      .find((part) => part.length > 0) ?? '';
  const characters = Array.from(line);
  if (characters.length <= max) return line;
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

export function buildPushPayload(input: {
  businessName: string;
  businessSlug: string;
  conversationId: string;
  text: string;
  unread: number;
}): PushPayload {
  return {
    title: input.businessName,
    body: previewLine(input.text),
    url: `/c/${input.businessSlug}`,
    // One notification per conversation: a newer reply replaces the older one.
    tag: `conversation:${input.conversationId}`,
    unread: input.unread,
  };
}
