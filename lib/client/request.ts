// Acked requests from the browser: resolve with the ack's data, reject with its error or a time-out.
import type { ErrorBody, Result } from '../protocol/errors';
import type { AckData, ClientToServerEvents } from '../protocol/events';
import type { ClientSocket } from './socket';

export const ACK_TIMEOUT_MS = 10_000;

export class RequestError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
  }
}

/** The timed socket seen untyped, so one function can serve every event. */
type TimedSocket = {
  emit(
    event: string,
    payload: unknown,
    ack: (error: Error | null, result: Result<unknown>) => void,
  ): void;
};

export function request<E extends keyof ClientToServerEvents>(
  socket: ClientSocket,
  event: E,
  payload: unknown,
): Promise<AckData<E>> {
  return new Promise((resolve, reject) => {
    const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as TimedSocket;
    timed.emit(event, payload, (error, result) => {
      if (error) reject(error);
      else if (result.ok) resolve(result.data as AckData<E>);
      else reject(new RequestError(result.error));
    });
  });
}
