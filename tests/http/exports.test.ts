// The export routes: viewers download every format of a case, dispute and source; HTML
// opens in the browser, the rest are attachments; missing rows and formats are 404s.
import fs from 'node:fs';
import request from 'supertest';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';
import { makeReportFixture, type ReportFixture } from '../support/report-fixtures';

let t: TestApp;
let viewer: SignedIn;
let reviewer: SignedIn;
let f: ReportFixture;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_BASE_URL: 'https://cc.example.org' });
  f = await makeReportFixture(t.db);
  viewer = await signedIn(t, 'viewer');
  reviewer = await signedIn(t, 'reviewer');
});
afterAll(async () => t.destroy());

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('GET /cases/:id/export.:format', () => {
  it.each([
    ['pdf', 'application/pdf', 'crosscheck-case-ID.pdf'],
    ['md', 'text/markdown', 'crosscheck-case-ID.md'],
    ['csv', 'text/csv', 'crosscheck-case-ID.csv'],
    ['json', 'application/json', 'crosscheck-case-ID.json'],
    ['claimreview', 'application/ld+json', 'crosscheck-case-ID.claimreview.jsonld'],
  ])('lets a viewer download the %s export as an attachment', async (format, type, name) => {
    const res = await viewer.agent.get(`/cases/${f.caseId}/export.${format}`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(type);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="?${name.replace("ID", String(f.caseId)).replace(/\./g, "\\.")}"?$`));
    expect((res.body as Buffer).length).toBeGreaterThan(100);
  });

  it('shows the HTML report inline, standalone (no app chrome), with the verdict', async () => {
    const res = await viewer.agent.get(`/cases/${f.caseId}/export.html`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.text).toContain('Best supported: Combatants about to launch attack drones');
    expect(res.text).not.toContain('class="topbar"');
    // The app's policy refuses inline styles; the report's own allows its stylesheet by hash, and no script.
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(res.headers['content-security-policy']).not.toContain('script-src');
    if (process.env.REPORT_OUT_DIR) fs.writeFileSync(`${process.env.REPORT_OUT_DIR}/served.json`, JSON.stringify({ csp: res.headers['content-security-policy'], html: res.text }));
  });

  it('answers 404 for a missing case or an unknown format', async () => {
    expect((await viewer.agent.get('/cases/999999/export.csv')).status).toBe(404);
    expect((await viewer.agent.get(`/cases/${f.caseId}/export.docx`)).status).toBe(404);
  });

  it('shows draft verdicts to reviewers who ask, and refuses them to viewers', async () => {
    expect((await reviewer.agent.get(`/cases/${f.caseId}/export.md?drafts=1`)).text).toContain('Draft only');
    expect((await viewer.agent.get(`/cases/${f.caseId}/export.md?drafts=1`)).status).toBe(403);
    expect((await viewer.agent.get(`/cases/${f.caseId}/export.md`)).text).not.toContain('Draft only');
  });

  it('sends anonymous visitors to sign in', async () => {
    const res = await request(t.app).get(`/cases/${f.caseId}/export.json`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
  });
});

describe('dispute and source exports', () => {
  it('exports one dispute, marked "Not yet published" when it is', async () => {
    const res = await viewer.agent.get(`/disputes/${f.open.id}/export.html`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Was the strike self-defence or aggression?');
    expect(res.text).toContain('Not yet published');
    expect(res.text).not.toContain('What did the strike hit?');
  });

  it('exports a source with its track record', async () => {
    const res = await viewer.agent.get(`/sources/${f.sourceId}/export.md`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Track record: upheld 1');
  });

  it('links the case page to every export', async () => {
    const page = await viewer.agent.get(`/cases/${f.caseId}`);
    for (const format of ['html', 'pdf', 'md', 'csv', 'json', 'claimreview']) expect(page.text).toContain(`/cases/${f.caseId}/export.${format}`);
  });
});
