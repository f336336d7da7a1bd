// Tells the server whether this page is in front of the shopper (presence:update), so replies are
// pushed only while no Obrol window is visible, and clears the app badge once it is.
import type { ClientSocket } from '../socket';

function isVisible(): boolean {
  return document.visibilityState === 'visible' && document.hasFocus();
}

/** Reports now, on every (re)connect and on every change; returns the cleanup. */
export function startPresence(socket: ClientSocket): () => void {
  let last: boolean | null = null;
  const report = (force = false) => {
    const visible = isVisible();
    if (visible) void navigator.clearAppBadge?.().catch(() => {});
    if (!force && visible === last) return;
    last = visible;
    if (socket.connected) socket.emit('presence:update', { visible });
  };
  // A new connection is a new socket on the server: it knows nothing until told.
  const onConnect = () => report(true);
  const onChange = () => report();
  socket.on('connect', onConnect);
  document.addEventListener('visibilitychange', onChange);
  window.addEventListener('focus', onChange);
  window.addEventListener('blur', onChange);
  report(true);
  return () => {
    socket.off('connect', onConnect);
    document.removeEventListener('visibilitychange', onChange);
    window.removeEventListener('focus', onChange);
    window.removeEventListener('blur', onChange);
  };
}
