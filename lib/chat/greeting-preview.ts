// The greeting a shopper's first visit is about to get, for the chat page's first HTML: the
// conversation (and its greeting) is made when the socket opens it, after the page's JavaScript
// has run, so without this the first paint of an ad's landing is an empty chat.
import { cookies } from 'next/headers';
import { greetingText } from '../business/auto-replies';
import { getBusinessRow } from '../business/queries';
import { SHOPPER_COOKIE, verifyShopperCookie } from '../identity/cookies';
import { getRuntime } from '../runtime';
import { findConversationOf } from '../store/conversation.repository';

/**
 * The greeting text when this request's shopper has no conversation with the business yet and the
 * greeting is on; null otherwise (a returning shopper's history comes from the device and socket).
 */
export async function greetingPreview(slug: string): Promise<string | null> {
  const { store, secret } = getRuntime();
  const business = await getBusinessRow(slug);
  if (!business) return null;
  const text = greetingText(business);
  if (!text) return null;
  const shopperId = verifyShopperCookie((await cookies()).get(SHOPPER_COOKIE)?.value, secret);
  if (shopperId && (await findConversationOf(store.db, business.id, shopperId))) return null;
  return text;
}
