// The id of the build this server runs, told to pages (to remember) and sockets (to compare):
// a page rendered by another build than the server's now runs old code and must offer a reload.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from './env';

let cached: string | undefined;

export function currentBuildId(): string {
  cached ??= env().OBROL_TEST_BUILD_ID ?? readBuildIdFile();
  return cached;
}

function readBuildIdFile(): string {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    // A development server (or the realtime tests) has no build: one id for the whole process.
    return 'development';
  }
}
