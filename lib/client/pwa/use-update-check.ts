// The chat's part in update detection: the server's hello (another build) and a refused protocol
// version both raise the one update prompt (components/pwa/update-prompt.tsx).
import { useEffect } from 'react';
import type { ServerHello } from '../../protocol/hello.schema';
import { getSocket } from '../socket';
import { announceUpdate, checkServerBuild } from './update-store';

export function useUpdateCheck(protocolRefused: boolean): void {
  useEffect(() => {
    if (protocolRefused) announceUpdate('protocol');
  }, [protocolRefused]);

  useEffect(() => {
    const socket = getSocket('shopper');
    const onHello = (hello: ServerHello) => checkServerBuild(hello.buildId);
    socket.on('server:hello', onHello);
    return () => {
      socket.off('server:hello', onHello);
    };
  }, []);
}
