import { z } from 'zod';
import { errorResponse } from '@/lib/http/respond';
import { AppError } from '@/lib/protocol/errors';
import { getRuntime } from '@/lib/runtime';
import { findMedia } from '@/lib/store/media.repository';

export const dynamic = 'force-dynamic';

const mediaId = z.uuid();

/** A stored image. Its id never changes and its bytes never do, so it may be cached forever. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const media = mediaId.safeParse(id).success
      ? await findMedia(getRuntime().store.db, id)
      : undefined;
    if (!media) throw new AppError('NOT_FOUND', 'There is no such image.');
    return new Response(new Uint8Array(media.bytes), {
      headers: {
        'Content-Type': media.content_type,
        'Content-Length': String(media.bytes.byteLength),
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
        // Opened on its own, an image runs nothing and loads nothing.
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
