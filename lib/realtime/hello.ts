// Greets every new socket with the server's build and protocol version (server:hello), so an open
// page learns that a new version was deployed while it kept running.
import { currentBuildId } from '../build-id';
import { serverHelloSchema } from '../protocol/hello.schema';
import { PROTOCOL_VERSION } from '../protocol/version';
import type { HandlerContext } from './types';

export function sendHello({ socket }: Pick<HandlerContext, 'socket'>): void {
  socket.emit(
    'server:hello',
    serverHelloSchema.parse({ buildId: currentBuildId(), protocolVersion: PROTOCOL_VERSION }),
  );
}
