import { assembleCampaignReport } from '@/lib/reports/campaign-report';
import { campaignReportCsv, campaignReportFileName, formatCsvCell, toCsv } from '@/lib/reports/csv';

describe('CSV cells', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+62 812', "'+62 812"],
    ['-5+3', "'-5+3"],
    ['@cmd', "'@cmd"],
    ['\tleading tab', "'\tleading tab"],
  ])('a cell starting with a formula character is made text: %j', (cell, expected) => {
    expect(formatCsvCell(cell)).toBe(expected);
  });

  test('a cell starting with a carriage return is made text, then quoted for the line break', () => {
    expect(formatCsvCell('\r=1')).toBe(`"'\r=1"`);
  });

  test('a formula character after the first place is left as written', () => {
    expect(formatCsvCell('Sale = 50% off')).toBe('Sale = 50% off');
    expect(formatCsvCell('a-b')).toBe('a-b');
  });

  test('commas, quotes and line breaks are quoted as RFC 4180 says, quotes doubled', () => {
    expect(formatCsvCell('batik, tenun')).toBe('"batik, tenun"');
    expect(formatCsvCell('the "best" sale')).toBe('"the ""best"" sale"');
    expect(formatCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvCell('=1,"2"')).toBe(`"'=1,""2"""`);
  });

  test('numbers as written, null as an empty cell, plain text untouched', () => {
    expect(formatCsvCell(1500000)).toBe('1500000');
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell('Lebaran 2026')).toBe('Lebaran 2026');
  });

  test('a file starts with a UTF-8 byte order mark and ends every row with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['kopi ☕', 2],
    ]);
    expect(csv).toBe('\uFEFFa,b\r\nkopi ☕,2\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('the campaign report as CSV', () => {
  const report = assembleCampaignReport({ from: '2026-03-01', to: '2026-03-02' }, 'Asia/Jakarta', [
    {
      metric: 'opens',
      level: 'ad',
      campaign: '=HYPERLINK("x")',
      ad: '',
      day: null,
      count: 4,
      amount: 0,
    },
    {
      metric: 'opens',
      level: 'campaign',
      campaign: '=HYPERLINK("x")',
      ad: null,
      day: null,
      count: 4,
      amount: 0,
    },
    { metric: 'opens', level: 'ad', campaign: '', ad: 'ad-7', day: null, count: 2, amount: 0 },
    { metric: 'opens', level: 'campaign', campaign: '', ad: null, day: null, count: 2, amount: 0 },
    {
      metric: 'conversations',
      level: 'ad',
      campaign: '',
      ad: 'ad-7',
      day: null,
      count: 1,
      amount: 0,
    },
    {
      metric: 'conversations',
      level: 'campaign',
      campaign: '',
      ad: null,
      day: null,
      count: 1,
      amount: 0,
    },
    {
      metric: 'accepted',
      level: 'ad',
      campaign: '',
      ad: 'ad-7',
      day: null,
      count: 1,
      amount: 150000,
    },
    {
      metric: 'accepted',
      level: 'campaign',
      campaign: '',
      ad: null,
      day: null,
      count: 1,
      amount: 150000,
    },
    { metric: 'opens', level: 'total', campaign: null, ad: null, day: null, count: 6, amount: 0 },
    {
      metric: 'conversations',
      level: 'total',
      campaign: null,
      ad: null,
      day: null,
      count: 1,
      amount: 0,
    },
    {
      metric: 'accepted',
      level: 'total',
      campaign: null,
      ad: null,
      day: null,
      count: 1,
      amount: 150000,
    },
  ]);

  test('a header, one row per campaign and ad with names for the empty ones, then the totals', () => {
    const lines = campaignReportCsv(report).replace('\uFEFF', '').split('\r\n');
    expect(lines).toEqual([
      'Campaign,Ad,Link opens,Conversations started,Carts sent,Orders accepted,Revenue (IDR),Conversation rate (%),Order rate (%),Open-to-order rate (%)',
      `"'=HYPERLINK(""x"")",(no ad),4,0,0,0,0,0.00,,0.00`,
      '(no campaign),ad-7,2,1,0,1,150000,50.00,100.00,50.00',
      'Total,,6,1,0,1,150000,16.67,100.00,16.67',
      '',
    ]);
  });

  test('the file is named after the range', () => {
    expect(campaignReportFileName(report)).toBe('obrol-campaigns-2026-03-01-2026-03-02.csv');
  });
});
