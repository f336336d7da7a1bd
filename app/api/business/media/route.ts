import { requireAgent } from '@/lib/http/agent-guard';
import { assertSameOrigin, errorResponse, okResponse } from '@/lib/http/respond';
import { UploadTooLargeError } from '@/lib/media/image';
import { storeUploadedImage } from '@/lib/media/media.service';
import { readUploadedFile } from '@/lib/media/read-upload';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** An agent uploads an image (product photo, avatar); it is stored re-encoded for their business. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const agent = await requireAgent();
    const bytes = await readUploadedFile(request);
    const media = await storeUploadedImage(getRuntime().store.db, agent.business_id, bytes);
    return okResponse(media, { status: 201 });
  } catch (error) {
    const response = errorResponse(error);
    if (error instanceof UploadTooLargeError) {
      // The rest of the body is never read, so this connection cannot carry another request.
      const headers = new Headers(response.headers);
      headers.set('Connection', 'close');
      return new Response(response.body, { status: 413, headers });
    }
    return response;
  }
}
