// JSON export → import into a fresh database → export again gives the same document,
// apart from the fields normaliseExport documents (ids, export time, creation times).
import { loadConfig } from '../../server/config';
import { normaliseExport } from '../../server/reports/normalise';
import { ImportError, importExport, parseExportDocument } from '../../server/services/import';
import { createTestDb, type TestDb } from '../support/db';
import { exportBytes } from '../support/export-sink';
import { makeHostileFixture, makeReportFixture, type ReportFixture } from '../support/report-fixtures';

const config = loadConfig({ NODE_ENV: 'test' }, {});
let from: TestDb;
let to: TestDb;
let f: ReportFixture;
beforeAll(async () => {
  // One after the other: on PGlite (one session) concurrent migrations would interleave.
  from = await createTestDb();
  to = await createTestDb();
  f = await makeReportFixture(from.db);
  await makeHostileFixture(from.db);
});
afterAll(async () => {
  await from?.destroy();
  await to?.destroy();
});

const exportJson = async (db: TestDb['db'], scope: { type: 'case' | 'dispute' | 'source'; id: number }) =>
  (await exportBytes(db, config, scope, 'json', { drafts: true, batchSize: 7 })).toString('utf8');

describe('JSON export', () => {
  it('is versioned and complete: articles with text, selectors, every verdict version with evidence, agreement', async () => {
    const doc = JSON.parse(await exportJson(from.db, { type: 'case', id: f.caseId }));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.articles[0].text).toMatch(/^US forces carried out/);
    const claim = doc.claims.find((c: { selector: { exact?: string }[] }) => c.selector[0]!.exact?.includes('drone experts'));
    expect(claim.selector[0]).toMatchObject({ type: 'TextQuoteSelector' });
    expect(claim.selector[1]).toMatchObject({ type: 'TextPositionSelector' });
    expect(doc.articles[0].text.slice(claim.selector[1].start, claim.selector[1].end)).toBe(claim.selector[0].exact);
    expect(doc.verdicts).toHaveLength(6);
    expect(doc.verdicts.find((v: { kind: string }) => v.kind === 'published').evidence).toHaveLength(2);
    expect(doc.sources.every((s: { aliases: unknown }) => Array.isArray(s.aliases))).toBe(true);
    expect(doc.mentions.length).toBeGreaterThan(0);
    expect(doc.agreement).toMatchObject({ units: 2, reviewers: 2, values: 4 });
    expect(doc.agreement.alpha).toBeCloseTo(0.4);
  });
});

describe('import', () => {
  it('round-trips a case: export, import into a fresh schema, export again is the same document', async () => {
    const first = await exportJson(from.db, { type: 'case', id: f.caseId });
    const result = await importExport(to.db, parseExportDocument(first));
    expect(result).toMatchObject({ cases: 1, articles: 1, duplicateArticles: 0, disputes: 2, verdicts: 6 });
    const second = await exportJson(to.db, { type: 'case', id: result.caseIds[0]! });
    expect(normaliseExport(JSON.parse(second))).toEqual(normaliseExport(JSON.parse(first)));
  });

  it('still tells two exports apart when any content differs (the normalisation hides only ids, times and order)', async () => {
    const doc = JSON.parse(await exportJson(from.db, { type: 'case', id: f.caseId }));
    const changed = structuredClone(doc);
    changed.verdicts[0].rationale += ' (edited)';
    expect(normaliseExport(changed)).not.toEqual(normaliseExport(doc));
    const moved = structuredClone(doc);
    moved.placements[0].positionId = doc.positions.find((p: { id: number }) => p.id !== doc.placements[0].positionId && doc.positions.some((q: { disputeId: number }) => q.disputeId === doc.placements[0].disputeId)).id;
    expect(normaliseExport(moved)).not.toEqual(normaliseExport(doc));
    const reordered = { ...doc, claims: [...doc.claims].reverse(), exportedAt: '2000-01-01T00:00:00Z' };
    expect(normaliseExport(reordered)).toEqual(normaliseExport(doc));
  });

  it('round-trips a source export (its claims across cases and the disputes they stand in)', async () => {
    const first = await exportJson(from.db, { type: 'source', id: f.sourceId });
    const result = await importExport(to.db, parseExportDocument(first));
    expect(result.disputes).toBeGreaterThan(0);
    const doc = JSON.parse(first);
    // Re-exported as each imported case would include the whole case, so compare the imported rows directly.
    const claims = await to.db('claims').whereIn('article_id', to.db('articles').select('id').whereIn('case_id', result.caseIds)).count({ n: '*' });
    expect(Number(claims[0]!.n)).toBe(doc.claims.length);
  });

  it('round-trips hostile text unchanged', async () => {
    const kase = await from.db('cases').where('title', 'like', 'Hostile%').first('id');
    const first = await exportJson(from.db, { type: 'case', id: kase.id });
    const result = await importExport(to.db, parseExportDocument(first));
    const second = await exportJson(to.db, { type: 'case', id: result.caseIds[0]! });
    expect(normaliseExport(JSON.parse(second))).toEqual(normaliseExport(JSON.parse(first)));
  });

  it('matches named sources to the registry by normalised name and kind when imported again', async () => {
    const json = await exportJson(from.db, { type: 'case', id: f.caseId });
    const before = Number((await to.db('source_entities').whereNull('case_id').count({ n: '*' }))[0]!.n);
    const result = await importExport(to.db, parseExportDocument(json));
    expect(result.matchedSources).toBeGreaterThan(0);
    expect(Number((await to.db('source_entities').whereNull('case_id').count({ n: '*' }))[0]!.n)).toBe(before);
  });

  it('stores an article pasted twice in one case once', async () => {
    const doc = JSON.parse(await exportJson(from.db, { type: 'dispute', id: f.published.id }));
    doc.articles.push({ ...doc.articles[0], id: 999_999, title: 'Same text again', text: ` ${doc.articles[0].text}\n` });
    const result = await importExport(to.db, parseExportDocument(JSON.stringify(doc)));
    expect(result).toMatchObject({ articles: 1, duplicateArticles: 1 });
  });

  it('refuses a newer schemaVersion, an unknown one, a malformed file and a dangling reference, writing nothing', async () => {
    const doc = JSON.parse(await exportJson(from.db, { type: 'dispute', id: f.published.id }));
    const cases = Number((await to.db('cases').count({ n: '*' }))[0]!.n);
    expect(() => parseExportDocument(JSON.stringify({ ...doc, schemaVersion: 2 }))).toThrow(/schemaVersion 2, newer than/);
    expect(() => parseExportDocument(JSON.stringify({ ...doc, schemaVersion: 0 }))).toThrow(/Unknown schemaVersion 0/);
    expect(() => parseExportDocument('{"cases": [')).toThrow(ImportError);
    expect(() => parseExportDocument(JSON.stringify({ ...doc, claims: 'none' }))).toThrow(/malformed: claims/);
    const dangling = { ...doc, placements: [{ ...doc.placements[0], claimId: 123456 }] };
    expect(() => parseExportDocument(JSON.stringify(dangling))).toThrow(/placement \d+ refers to claim 123456/);
    expect(Number((await to.db('cases').count({ n: '*' }))[0]!.n)).toBe(cases);
  });
});
