// Every export format of a real (seeded) case, checked for its content.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { PROJECT_ROOT } from '../../server/paths';
import { createTestDb, type TestDb } from '../support/db';
import { exportBytes } from '../support/export-sink';
import { pdfText } from '../support/pdf-text';
import { makeReportFixture, type ReportFixture } from '../support/report-fixtures';

const config = loadConfig({ NODE_ENV: 'test', REPORT_PUBLISHER_NAME: 'Desk Check', REPORT_PUBLISHER_URL: 'https://desk.example.org', PUBLIC_BASE_URL: 'https://cc.example.org/' }, {});
let t: TestDb;
let f: ReportFixture;
beforeAll(async () => {
  t = await createTestDb();
  f = await makeReportFixture(t.db);
});
afterAll(async () => t.destroy());

const text = async (scope: { type: 'case' | 'dispute' | 'source'; id: number }, format: Parameters<typeof exportBytes>[3], drafts = false) =>
  (await exportBytes(t.db, config, scope, format, { drafts })).toString('utf8');

describe('HTML report', () => {
  it('shows the question, both positions, the quoted words and the published verdict with ICD 203 words and band', async () => {
    const html = await text({ type: 'case', id: f.caseId }, 'html');
    expect(html).toContain('What did the strike hit?');
    expect(html).toContain('Combatants about to launch attack drones');
    expect(html).toContain('Drone experts testing surveillance drones');
    expect(html).toContain('combatants attempting to launch one-way attack uncrewed aerial systems');
    expect(html).toContain('Best supported: Combatants about to launch attack drones');
    expect(html).toContain('Likely (55–80%)');
    expect(html).toContain('The US account names the weapon and the threat');
    expect(html).toContain('Eva Editor');
    expect(html).toMatch(/<svg class="chart"/);
    expect(html).toContain(`https://cc.example.org/articles/${f.articleId}#claim-`);
  });

  it('marks an unpublished dispute "Not yet published" and leaves draft verdicts out unless asked for', async () => {
    const html = await text({ type: 'dispute', id: f.open.id }, 'html');
    expect(html).toContain('Not yet published');
    expect(html).not.toContain('Draft only.');
    const withDrafts = await text({ type: 'dispute', id: f.open.id }, 'html', true);
    expect(withDrafts).toContain('Draft only.');
    expect(withDrafts).toContain('Includes draft verdicts');
  });

  it('reports Krippendorff alpha with its counts', async () => {
    const html = await text({ type: 'case', id: f.caseId }, 'html');
    // Published dispute: both reviewers now say position 1; open dispute: they differ.
    // o(p1,p1)=2, o(s,i)=o(i,s)=1, n=4: alpha = 1 - (n-1)·2 / (16 - 4 - 1 - 1) = 0.4.
    expect(html).toMatch(/Krippendorff's alpha \(nominal\): <strong>0\.40<\/strong> over 2 disputes, 2 reviewers, 4 verdicts; unanimous on 1\./);
  });
});

describe('PDF report', () => {
  it('is a PDF whose text holds the question, the quoted words and the verdict', async () => {
    const bytes = await exportBytes(t.db, config, { type: 'case', id: f.caseId }, 'pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const words = pdfText(bytes);
    expect(words).toContain('What did the strike hit?');
    expect(words).toContain('Best supported: Combatants about to launch attack drones');
    expect(words).toContain('Likely (55–80%)');
    expect(words).toContain('Not yet published');
    expect(words).toMatch(/combatants attempting to launch one-way attack/);
    expect(words).toContain('Claims per position, by source reliability');
  });
});

describe('Markdown report', () => {
  it('holds the verdict and the quoted words', async () => {
    const md = await text({ type: 'dispute', id: f.published.id }, 'md');
    expect(md).toMatch(/^# What did the strike hit\?/);
    expect(md).toContain('### Verdict: **Best supported: Combatants about to launch attack drones**');
    expect(md).toContain('Likelihood: Likely (55–80%)');
    expect(md).toContain('combatants attempting to launch one-way attack');
  });
});

describe('CSV export', () => {
  it('has one row per claim with its source, grades, dispute, position and verdict', async () => {
    const rows: Record<string, string>[] = parseCsv(await text({ type: 'case', id: f.caseId }, 'csv'), { columns: true });
    const claimCount = Number((await t.db('claims').where('article_id', f.articleId).whereNot('review_status', 'rejected').count({ n: '*' }))[0]!.n);
    expect(rows).toHaveLength(claimCount);
    const upheld = rows.find((r) => r.quoted_words!.includes('combatants attempting'))!;
    expect(upheld).toMatchObject({ case: 'Babylon strike', reliability: 'B', credibility: '3', confidence: 'moderate', dispute: 'What did the strike hit?', position: 'Combatants about to launch attack drones', claim_rating: 'Supported' });
    expect(rows.find((r) => r.quoted_words!.includes('drone experts'))!.claim_rating).toBe('Contradicted');
    expect(rows.find((r) => r.quoted_words!.includes('heinous crime'))!.verdict).toBe('Not yet published');
  });

  it('streams in batches smaller than the export and still writes every row once', async () => {
    const whole = await text({ type: 'case', id: f.caseId }, 'csv');
    const paged = (await exportBytes(t.db, config, { type: 'case', id: f.caseId }, 'csv', { batchSize: 3 })).toString();
    expect(paged).toBe(whole);
  });
});

describe('ClaimReview JSON-LD', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'claimreview.schema.json'), 'utf8'));

  it('gives one valid ClaimReview per claim of a published dispute, rated by the documented mapping', async () => {
    const reviews = JSON.parse(await text({ type: 'case', id: f.caseId }, 'claimreview'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(reviews).toHaveLength(f.published.claims[0].length + f.published.claims[1].length);
    for (const r of reviews) expect([validate(r), validate.errors]).toEqual([true, null]);
    const ratings = reviews.map((r: { reviewRating: { alternateName: string; ratingValue: number } }) => `${r.reviewRating.ratingValue} ${r.reviewRating.alternateName}`);
    expect(ratings.sort()).toEqual(['1 Contradicted', '5 Supported', '5 Supported']);
    expect(reviews[0].author).toEqual({ '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example.org' });
    expect(reviews[0].url).toMatch(new RegExp(`^https://cc.example.org/disputes/${f.published.id}#claim-\\d+$`));
    expect(reviews[0].datePublished).toBe('2024-08-02');
    expect(reviews[0].itemReviewed.appearance).toMatchObject({ url: 'https://example.org/afp/babylon-strike', publisher: { name: 'AFP' } });
  });

  it('keeps claimReviewed under 75 characters, cut at a word with an ellipsis', async () => {
    const reviews = JSON.parse(await text({ type: 'case', id: f.caseId }, 'claimreview'));
    for (const r of reviews) expect(r.claimReviewed.length).toBeLessThan(75);
    expect(reviews.some((r: { claimReviewed: string }) => /\w…$/.test(r.claimReviewed))).toBe(true);
  });

  it('writes none for a dispute without a published verdict', async () => {
    expect(JSON.parse(await text({ type: 'dispute', id: f.open.id }, 'claimreview'))).toEqual([]);
  });
});

describe('draft verdicts', () => {
  it('draws each reviewer\'s latest draft in the PDF only when asked for', async () => {
    const scope = { type: 'dispute' as const, id: f.published.id };
    const without = pdfText(await exportBytes(t.db, config, scope, 'pdf'));
    const withDrafts = pdfText(await exportBytes(t.db, config, scope, 'pdf', { drafts: true, label: 'drafts-' }));
    expect(without).not.toMatch(/draft verdict/i);
    expect(withDrafts).toContain('DRAFT VERDICT · REVIEW BY BEN REVIEWER');
    expect(withDrafts).toContain('changed my mind');
    expect(withDrafts).not.toContain('both accounts unverified');
  });
});

describe('source report', () => {
  it('heads the HTML report with the source, its kind, reliability and track record', async () => {
    const html = await text({ type: 'source', id: f.sourceId }, 'html');
    expect(html).toContain('<h2>Source: US official</h2>');
    expect(html).toMatch(/<strong>1<\/strong> upheld, <strong>0<\/strong> rejected/);
  });

  it('names the source, its track record and the disputes its claims stand in', async () => {
    const md = await text({ type: 'source', id: f.sourceId }, 'md');
    expect(md).toContain('Track record: upheld 1, rejected 0');
    expect(md).toContain('What did the strike hit?');
  });
});
