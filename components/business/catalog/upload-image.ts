// Sends one image to POST /api/business/media; the server checks its content and re-encodes it.
import type { Result } from '@/lib/protocol/errors';
import type { MediaUploaded } from '@/lib/protocol/catalog-admin.schema';

const MAX_BYTES = 5 * 1024 * 1024;

export type UploadResult =
  { ok: true; url: string } | { ok: false; reason: 'tooLarge' | 'wrongType' | 'failed' };

export async function uploadImage(file: File): Promise<UploadResult> {
  // Refused here too, so a large photo is not sent over a phone's connection for nothing.
  if (file.size > MAX_BYTES) return { ok: false, reason: 'tooLarge' };
  const body = new FormData();
  body.append('file', file);
  try {
    const response = await fetch('/api/business/media', { method: 'POST', body });
    const result = (await response.json()) as Result<MediaUploaded>;
    if (result.ok) return { ok: true, url: result.data.url };
    if (response.status === 413) return { ok: false, reason: 'tooLarge' };
    return { ok: false, reason: result.error.code === 'INVALID_PAYLOAD' ? 'wrongType' : 'failed' };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
