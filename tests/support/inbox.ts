// Set-up shared by the inbox suites.
import { request, type TestSocket } from './clients';

/** A shopper who has written once to the demo business, so the conversation is listed. */
export async function shopperWhoWrote(shopper: TestSocket, text = 'Halo, masih ada stok?') {
  const { conversation } = await request(shopper, 'conversation:open', { businessSlug: 'demo' });
  const { message } = await request(shopper, 'message:send', {
    conversationId: conversation.id,
    clientId: crypto.randomUUID(),
    text,
  });
  return { conversationId: conversation.id, message };
}
