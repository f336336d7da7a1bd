// GET /api/business/reports/campaigns.csv on the real server: the signed-in agent's own report as
// a spreadsheet-safe CSV; nobody else gets one, and a bad range answers 400 saying why.
import { shiftDate, todayIn } from '@/lib/reports/report-range';
import { openStore } from '@/lib/store/connect';
import {
  removeDataDir,
  signInAgent,
  startPreparedAppServer,
  type AppServer,
} from '../../support/app-server';
import { recordOpens, seedAcceptedReferralOrder } from '../../support/campaigns';
import { shopperCookie } from '../../support/clients';
import {
  createOtherBusiness,
  demoBusinessId,
  OWNER_EMAIL,
  OWNER_PASSWORD,
} from '../../support/seed';

jest.setTimeout(180_000);

let server: AppServer;
let ownerCookie: string;
let rivalCookie: string;
const today = todayIn('Asia/Jakarta');
const range = { from: shiftDate(today, -1), to: shiftDate(today, 1) };

/** Campaign names a spreadsheet would run as formulas, or that need quoting. */
async function seedCampaigns(dataDir: string) {
  const store = await openStore({ dataDir });
  const businessId = await demoBusinessId(store);
  const [carried] = await recordOpens(store, businessId, 3, {
    campaign: '=HYPERLINK("http://evil.example","x")',
    adId: '+6281234',
  });
  await recordOpens(store, businessId, 1, { campaign: 'Diskon, "Lebaran"', content: '@story' });
  await recordOpens(store, businessId, 1, { campaign: '-5', content: '\tcell' });
  await seedAcceptedReferralOrder(store, businessId, carried ?? '', 150_000);
  const rival = await createOtherBusiness(store, 'rival-report', { role: 'owner' });
  await store.close();
  return rival;
}

beforeAll(async () => {
  const started = await startPreparedAppServer(seedCampaigns);
  server = started.server;
  const rival = started.prepared;
  ownerCookie = await signInAgent(server, OWNER_EMAIL, OWNER_PASSWORD);
  rivalCookie = await signInAgent(server, rival.email, rival.password);
});

afterAll(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

function download(query: Record<string, string>, cookie?: string): Promise<Response> {
  return fetch(
    `${server.url}/api/business/reports/campaigns.csv?${new URLSearchParams(query)}`,
    cookie ? { headers: { cookie } } : {},
  );
}

test('the owner downloads the report: BOM, header, escaped cells, one row per ad, totals', async () => {
  const response = await download(range, ownerCookie);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe(
    `attachment; filename="obrol-campaigns-${range.from}-${range.to}.csv"`,
  );
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines).toEqual([
    'Campaign,Ad,Link opens,Conversations started,Carts sent,Orders accepted,Revenue (IDR),Conversation rate (%),Order rate (%),Open-to-order rate (%)',
    `"'=HYPERLINK(""http://evil.example"",""x"")",'+6281234,3,1,1,1,150000,33.33,100.00,33.33`,
    `'-5,'\tcell,1,0,0,0,0,0.00,,0.00`,
    `"Diskon, ""Lebaran""",'@story,1,0,0,0,0,0.00,,0.00`,
    'Total,,5,1,1,1,150000,20.00,100.00,20.00',
    '',
  ]);
});

test("another business's owner gets their own, empty report", async () => {
  const response = await download(range, rivalCookie);
  expect(response.status).toBe(200);
  const lines = (await response.text()).replace('\uFEFF', '').split('\r\n');
  expect(lines.slice(1)).toEqual(['Total,,0,0,0,0,0,,,', '']);
});

test('no session, or only a shopper cookie, gets 401 and no figures', async () => {
  for (const cookie of [undefined, shopperCookie()]) {
    const response = await download(range, cookie);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Sign in as an agent first.' },
    });
  }
});

test.each([
  [
    { from: '2026-03-05', to: '2026-03-01' },
    'to: The end date must be on or after the start date.',
  ],
  [{ from: '2025-01-01', to: '2026-01-02' }, 'to: A report covers at most 366 days.'],
  [{ from: '2026-02-30', to: '2026-03-01' }, 'from: This date does not exist in the calendar.'],
  [{ to: '2026-03-01' }, 'from: Use a date written as YYYY-MM-DD, for example 2026-03-01.'],
])('a bad range %j answers 400 saying what is wrong', async (query, why) => {
  const response = await download(query, ownerCookie);
  expect(response.status).toBe(400);
  const body = (await response.json()) as { ok: false; error: { code: string; message: string } };
  expect(body.error).toMatchObject({
    code: 'INVALID_PAYLOAD',
    message: `The date range is not valid. ${why}`,
  });
});
