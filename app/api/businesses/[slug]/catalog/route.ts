import { getCatalog } from '@/lib/catalog/catalog.service';
import { errorResponse, okResponse } from '@/lib/http/respond';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Public catalog data: the same for every shopper, so it may be cached and revalidated. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const catalog = await getCatalog(getRuntime().store.db, (await params).slug);
    return okResponse(catalog, {
      headers: { 'Cache-Control': 'public, max-age=30, stale-while-revalidate=300' },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
