// The rules for the business's automatic messages, as pure functions: when a greeting is due
// again after silence, when an away message may be sent, and what text each carries.
import { createHash } from 'node:crypto';
import { openState } from './hours';
import type { BusinessRow } from '../store/schema';

const HOUR_MS = 60 * 60 * 1000;
/** No message from either side for this long, and the next visit or message is greeted again. */
export const SILENCE_MS = 14 * 24 * HOUR_MS;
/** At most one away message per conversation in this window. */
export const AWAY_INTERVAL_MS = 12 * HOUR_MS;

/** The business settings automatic messages follow. */
export type AutoReplySettings = Pick<
  BusinessRow,
  'greeting_enabled' | 'greeting_text' | 'away_enabled' | 'away_text' | 'hours' | 'timezone'
>;

/**
 * Silence is measured from the conversation's last message of any kind and from either side
 * (greetings, away messages and orders count); a conversation without messages counts from
 * when it was opened. It is over once `lastActivity` is at least 14 days before `now`.
 */
export function isSilenceOver(lastActivity: Date, now: Date): boolean {
  return now.getTime() - lastActivity.getTime() >= SILENCE_MS;
}

/** The greeting to send, or null when it is off or blank. */
export function greetingText(business: AutoReplySettings): string | null {
  const text = business.greeting_text.trim();
  return business.greeting_enabled && text ? text : null;
}

/** True when the away message was never sent here, or last sent at least 12 hours before `now`. */
export function isAwayDue(lastSentAt: Date | null, now: Date): boolean {
  return lastSentAt === null || now.getTime() - lastSentAt.getTime() >= AWAY_INTERVAL_MS;
}

/** The away message to send for a shopper's message at `now`, or null: open, off or blank. */
export function awayText(business: AutoReplySettings, now: Date): string | null {
  const text = business.away_text.trim();
  if (!business.away_enabled || !text) return null;
  return openState(business.hours, business.timezone, now).open ? null : text;
}

/**
 * The client id of the greeting that ends the silence after message `afterSeq`. Derived, not
 * random, so two tabs opening (or a message and an open) at once store one greeting: the
 * messages table keeps client ids unique per conversation.
 */
export function greetingClientId(conversationId: string, afterSeq: number): string {
  const hex = createHash('sha256').update(`greeting:${conversationId}:${afterSeq}`).digest('hex');
  // Shaped as a version 5 (name-based) UUID with the RFC 4122 variant.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
