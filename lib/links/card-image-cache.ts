// Card images drawn lately. A shared link brings many crawlers for the same card in a short time
// (each chat app, each group); drawing one takes the process's CPU for a while, so each card is
// drawn once and kept, a few dozen at most. The key names the content, so an edit is never stale.
const MAX_CARDS = 32;

const cards = new Map<string, Promise<ArrayBuffer>>();

/** The card under `key`, drawn by `draw` unless it is kept already or being drawn right now. */
export function drawCardOnce(key: string, draw: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  const kept = cards.get(key);
  if (kept) {
    cards.delete(key); // most recently used last, so the oldest is the first to go
    cards.set(key, kept);
    return kept;
  }
  const drawing = draw();
  cards.set(key, drawing);
  drawing.catch(() => cards.delete(key)); // a failed drawing is tried again next time
  while (cards.size > MAX_CARDS) {
    const oldest = cards.keys().next().value;
    if (oldest === undefined) break;
    cards.delete(oldest);
  }
  return drawing;
}
