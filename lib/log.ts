import { env } from './env';

export function logInfo(message: string): void {
  if (env().OBROL_LOG_LEVEL !== 'silent') console.log(message);
}

export function logError(message: string, error?: unknown): void {
  console.error(message, error ?? '');
}
