// Reports for agents, always on their own business: the business id comes from the session only.
import { reportRangeSchema } from '../protocol/report.schema';
import { buildCampaignReport } from '../reports/campaign-report';
import { requireAgentIdentity } from './guards';
import { defineHandler, type HandlerDefinition } from './handle';

export const reportHandlers: HandlerDefinition[] = [
  defineHandler('report:campaigns', reportRangeSchema, async ({ socket, deps }, range) => {
    const agent = requireAgentIdentity(socket.data.identity);
    return { report: await buildCampaignReport(deps.db, agent.businessId, range) };
  }),
];
