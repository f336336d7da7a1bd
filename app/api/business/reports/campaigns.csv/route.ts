import { requireAgent } from '@/lib/http/agent-guard';
import { errorResponse } from '@/lib/http/respond';
import { buildCampaignReport } from '@/lib/reports/campaign-report';
import { campaignReportCsv, campaignReportFileName } from '@/lib/reports/csv';
import { parseReportRange } from '@/lib/reports/report-range';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** The signed-in agent's campaign report for ?from=YYYY-MM-DD&to=YYYY-MM-DD, as a CSV download. */
export async function GET(request: Request) {
  try {
    const agent = await requireAgent();
    const params = new URL(request.url).searchParams;
    const range = parseReportRange({ from: params.get('from'), to: params.get('to') });
    const report = await buildCampaignReport(getRuntime().store.db, agent.business_id, range);
    return new Response(campaignReportCsv(report), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${campaignReportFileName(report)}"`,
        // One business's figures: never kept by a shared cache or the service worker.
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
