// Reports for agents, always on their own business: the business id comes from the session only.
import { reportRangeSchema } from '../protocol/report.schema';
import { buildCampaignReport } from '../reports/campaign-report';
import { requireAgentIdentity } from './guards';
import { handle } from './handle';
import type { HandlerContext } from './types';

export function registerReportHandlers(context: HandlerContext): void {
  const { socket, deps } = context;

  handle(context, 'report:campaigns', reportRangeSchema, async (range) => {
    const agent = requireAgentIdentity(socket.data.identity);
    return { report: await buildCampaignReport(deps.db, agent.businessId, range) };
  });
}
