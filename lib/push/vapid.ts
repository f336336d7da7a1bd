// The server's VAPID key pair (RFC 8292): from the environment, else generated once into the data
// directory and reused, so subscriptions made against the public key keep working after a restart.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import webPush from 'web-push';

export interface VapidKeys {
  subject: string;
  publicKey: string;
  privateKey: string;
}

function parseStored(text: string): { publicKey: string; privateKey: string } | null {
  try {
    const stored = JSON.parse(text) as Partial<Record<'publicKey' | 'privateKey', unknown>>;
    if (typeof stored.publicKey === 'string' && typeof stored.privateKey === 'string') {
      return { publicKey: stored.publicKey, privateKey: stored.privateKey };
    }
  } catch {
    // A damaged file is an error below, never silently replaced: that would break subscriptions.
  }
  return null;
}

export async function loadVapidKeys(options: {
  subject: string;
  publicKey?: string;
  privateKey?: string;
  dataDir: string;
}): Promise<VapidKeys> {
  const { subject } = options;
  if (options.publicKey && options.privateKey) {
    return { subject, publicKey: options.publicKey, privateKey: options.privateKey };
  }
  const file = path.resolve(options.dataDir, 'vapid.json');
  try {
    await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    // 'wx' so two processes starting together cannot each write a different pair.
    await writeFile(file, JSON.stringify(webPush.generateVAPIDKeys()), {
      mode: 0o600,
      flag: 'wx',
    }).catch((writeError: NodeJS.ErrnoException) => {
      if (writeError.code !== 'EEXIST') throw writeError;
    });
  }
  const stored = parseStored(await readFile(file, 'utf8'));
  if (!stored)
    throw new Error(`${file} does not hold a VAPID key pair; remove it to generate one.`);
  return { subject, ...stored };
}
