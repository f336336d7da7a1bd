// Reads the client id out of what the agent receives, per server flavor.
import { z } from 'zod';
import type { Flavor } from '../ipc';

// The real inbox learns of every new message through `conversation:updated` on its business room.
const conversationUpdated = z.object({
  conversation: z.object({ lastMessage: z.object({ clientId: z.string() }).nullable() }),
});
const relayed = z.object({ message: z.object({ clientId: z.string() }) });

export function clientIdReceived(flavor: Flavor, payload: unknown): string | undefined {
  if (flavor === 'obrol') {
    return conversationUpdated.safeParse(payload).data?.conversation.lastMessage?.clientId;
  }
  return relayed.safeParse(payload).data?.message.clientId;
}
