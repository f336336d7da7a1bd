// Whether a shopper is looking at Obrol right now. Each shopper socket reports its page's
// visibility (presence:update); the room holds every tab and device of the shopper, and
// fetchSockets asks every node when an adapter joins several.
import type { RealtimeServer } from '../realtime/types';
import { rooms } from '../realtime/types';

export async function hasVisibleWindow(io: RealtimeServer, shopperId: string): Promise<boolean> {
  const sockets = await io.in(rooms.shopper(shopperId)).fetchSockets();
  return sockets.some((socket) => socket.data.visible === true);
}
