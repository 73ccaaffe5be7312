// Source names, claims, questions and rationales are untrusted text: in every format
// they come out inert (escaped HTML, plain PDF text, escaped Markdown, neutralised CSV).
import { parse as parseCsv } from 'csv-parse/sync';
import { loadConfig } from '../../server/config';
import { createTestDb, type TestDb } from '../support/db';
import { exportBytes } from '../support/export-sink';
import { pdfText } from '../support/pdf-text';
import { HOSTILE, makeHostileFixture } from '../support/report-fixtures';

const config = loadConfig({ NODE_ENV: 'test' }, {});
let t: TestDb;
let f: Awaited<ReturnType<typeof makeHostileFixture>>;
beforeAll(async () => {
  t = await createTestDb();
  f = await makeHostileFixture(t.db);
});
afterAll(async () => t.destroy());

const scope = () => ({ type: 'case' as const, id: f.caseId });
const out = async (format: Parameters<typeof exportBytes>[3]) => (await exportBytes(t.db, config, scope(), format, { label: 'hostile-' })).toString('utf8');

it('escapes script tags, event-handler markup and link syntax in the HTML report', async () => {
  const html = await out('html');
  expect(html).not.toContain('<script>');
  expect(html).not.toMatch(/<img\b/);
  expect(html).not.toMatch(/href="javascript:/i);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
});

it('draws hostile text as plain words in the PDF', async () => {
  const words = pdfText(await exportBytes(t.db, config, scope(), 'pdf'));
  expect(words).toContain('<script>alert(1)</script>');
  expect(words).toContain('Because <script>alert(1)</script> <img src=x onerror=alert(1)>');
});

it('escapes Markdown link and HTML syntax so nothing becomes a link, image or tag', async () => {
  const md = await out('md');
  expect(md).not.toContain('<script>');
  expect(md).not.toContain('<img');
  expect(md).not.toContain('[x](javascript:alert(1))');
  expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
  expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
});

it('neutralises every CSV cell a spreadsheet would run as a formula', async () => {
  const rows: Record<string, string>[] = parseCsv(await out('csv'), { columns: true });
  const formula = rows.find((r) => r.quoted_words!.includes('HYPERLINK'))!;
  expect(formula.quoted_words).toBe(`'=HYPERLINK("http://evil")`);
  expect(formula.cue).toBe(`'-cue`);
  for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

it('keeps hostile text as JSON string data in the ClaimReview', async () => {
  const reviews = JSON.parse(await out('claimreview'));
  expect(reviews[0].itemReviewed.author.name).toBe(HOSTILE.script);
});
