// Exports of a case, a dispute or a source in every report format. The report formats
// (HTML, PDF, Markdown, ClaimReview) load the report in a fixed number of queries; CSV
// and JSON stream keyset batches straight to the sink.
import type { Knex } from 'knex';
import type { Config } from '../config';
import { findCaseById } from '../../db/cases';
import { findSourceById } from '../../db/sources';
import {
  countSourceTrackRecord, findDisputeForExport, listCasesByIds, listDisputesForReport, listPlacedClaimsForDisputes,
  listPositionsForDisputes, listVerdictsForDisputes, type ExportScope,
} from '../../db/reports';
import * as batches from '../../db/reports-batches';
import { notFound } from '../errors';
import { APP_VERSION } from '../version';
import { krippendorffAlpha, type Judgement } from '../reports/agreement';
import { formatClaimReview } from '../reports/claimreview';
import { csvRecord, csvStringifier } from '../reports/csv';
import { formatHtml } from '../reports/html';
import { writeChunk, writeJsonExport, type SectionName } from '../reports/json';
import { formatMarkdown } from '../reports/markdown';
import { buildReport, type Report } from '../reports/model';
import { writePdf } from '../reports/pdf';

/** Every export format, as named in routes (export.FORMAT) and the CLI (--format). */
export const FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** MIME type and file extension per format. */
export const FORMAT_INFO: Record<ExportFormat, { type: string; ext: string }> = {
  html: { type: 'text/html; charset=utf-8', ext: 'html' },
  pdf: { type: 'application/pdf', ext: 'pdf' },
  md: { type: 'text/markdown; charset=utf-8', ext: 'md' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  claimreview: { type: 'application/ld+json; charset=utf-8', ext: 'claimreview.jsonld' },
};

export interface ExportOptions {
  /** Show reviewers' draft (review) verdicts next to the published one. */
  drafts: boolean;
  now?: Date;
  /** Rows per streamed batch (CSV, JSON). */
  batchSize?: number;
}

/** The writable an export goes to: an HTTP response or a file stream. */
export type ExportSink = NodeJS.WritableStream & { once(event: 'drain', cb: () => void): unknown };

/** Suggested download file name, e.g. "crosscheck-case-3.pdf". */
export function exportFileName(scope: ExportScope, format: ExportFormat): string {
  return `crosscheck-${scope.type}-${scope.id}.${FORMAT_INFO[format].ext}`;
}

/** Loads everything a report shows, in a fixed number of queries; 404 when the scope's row is missing. */
export async function loadReport(db: Knex, config: Config, scope: ExportScope, opts: ExportOptions): Promise<Report> {
  const head = await reportHead(db, scope);
  const disputes = await listDisputesForReport(db, scope);
  const ids = disputes.map((d) => d.id);
  const [positions, claims, verdicts, cases] = await Promise.all([
    listPositionsForDisputes(db, ids),
    listPlacedClaimsForDisputes(db, ids),
    listVerdictsForDisputes(db, ids),
    listCasesByIds(db, [...new Set([...head.caseIds, ...disputes.map((d) => d.case_id)])]),
  ]);
  return buildReport(
    { scope, title: head.title, subtitle: head.subtitle, cases, source: head.source, disputes, positions, claims, verdicts },
    { includeDrafts: opts.drafts, generatedAt: opts.now ?? new Date(), publisher: config.reportPublisher, baseUrl: config.publicBaseUrl },
  );
}

/** Title, subtitle and (for a source) the source summary of a report. */
async function reportHead(db: Knex, scope: ExportScope): Promise<Pick<Report, 'title' | 'subtitle' | 'source'> & { caseIds: number[] }> {
  if (scope.type === 'case') {
    const kase = await findCaseById(db, scope.id);
    if (!kase) throw notFound('Case');
    return { title: kase.title, subtitle: kase.description || 'Verdicts on the disputed questions of this case.', source: undefined, caseIds: [kase.id] };
  }
  if (scope.type === 'dispute') {
    const d = await findDisputeForExport(db, scope.id);
    if (!d) throw notFound('Dispute');
    return { title: d.question, subtitle: 'Verdict report on one disputed question.', source: undefined, caseIds: [d.case_id] };
  }
  const s = await findSourceById(db, scope.id);
  if (!s) throw notFound('Source');
  const trackRecord = await countSourceTrackRecord(db, s.id);
  return {
    title: s.name,
    subtitle: 'Source report: the disputes this source’s claims stand in, and how the verdicts went.',
    source: { id: s.id, name: s.name, kind: s.kind, reliability: s.reliability, aliases: s.aliases.filter((a) => a !== s.name), trackRecord },
    caseIds: [],
  };
}

/** Checks the scope's row exists (streaming formats start writing before any 404 could be sent). */
export async function assertScopeExists(db: Knex, scope: ExportScope): Promise<void> {
  const found = scope.type === 'case' ? await findCaseById(db, scope.id) : scope.type === 'dispute' ? await findDisputeForExport(db, scope.id) : await findSourceById(db, scope.id);
  if (!found) throw notFound(scope.type === 'case' ? 'Case' : scope.type === 'dispute' ? 'Dispute' : 'Source');
}

/** Writes the export of `scope` in `format` to `out` and ends it. */
export async function writeExport(db: Knex, config: Config, scope: ExportScope, format: ExportFormat, out: ExportSink, opts: ExportOptions): Promise<void> {
  if (format === 'csv' || format === 'json') {
    await assertScopeExists(db, scope);
    if (format === 'csv') await streamCsv(db, scope, out, opts.batchSize ?? 2000);
    else await streamJson(db, scope, out, opts);
    await endSink(out);
    return;
  }
  const report = await loadReport(db, config, scope, opts);
  if (format === 'pdf') return writePdf(report, out);
  const text = format === 'html' ? await formatHtml(report) : format === 'md' ? formatMarkdown(report) : formatClaimReview(report);
  await writeChunk(out, text);
  await endSink(out);
}

/** Ends `out` and waits until everything is flushed; 'finish', not end(cb): express-session's wrapped res.end takes no callback. */
function endSink(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    out.once('finish', () => resolve());
    out.end();
  });
}

/** CSV rows page by page through csv-stringify into `out`, honouring backpressure. */
async function streamCsv(db: Knex, scope: ExportScope, out: ExportSink, batchSize: number): Promise<void> {
  const csv = csvStringifier();
  csv.on('data', (chunk: Buffer) => {
    if (!out.write(chunk)) {
      csv.pause();
      out.once('drain', () => csv.resume());
    }
  });
  const finished = new Promise<void>((resolve, reject) => {
    csv.once('end', resolve);
    csv.once('error', reject);
  });
  // The next page is fetched while this one is formatted: the database and the
  // formatting overlap, and at most two pages are in memory.
  let next = batches.listCsvRowsAfter(db, scope, [0, 0], batchSize);
  for (;;) {
    const rows = await next;
    const last = rows[rows.length - 1];
    if (rows.length === batchSize && last) next = batches.listCsvRowsAfter(db, scope, [last.claim_id, last.placement_id], batchSize);
    for (const r of rows) {
      if (!csv.write(csvRecord(r))) await new Promise<void>((resolve) => csv.once('drain', resolve));
    }
    if (rows.length < batchSize) break;
  }
  csv.end();
  await finished;
}

const PAGED: Partial<Record<SectionName, (db: Knex, scope: ExportScope, after: number, limit: number) => Promise<Record<string, unknown>[]>>> = {
  sources: batches.listSourcesAfter,
  articles: batches.listArticlesAfter,
  mentions: batches.listMentionsAfter,
  claims: batches.listClaimsAfter,
  placements: batches.listPlacementsAfter,
};
const WHOLE: Partial<Record<SectionName, (db: Knex, scope: ExportScope) => Promise<Record<string, unknown>[]>>> = {
  cases: batches.listCasesForExport,
  disputes: batches.listDisputesForExport,
  positions: batches.listPositionsForExport,
  verdicts: batches.listVerdictsForExport,
};

/** The JSON document; the agreement summary is computed from the verdicts as they pass. */
async function streamJson(db: Knex, scope: ExportScope, out: ExportSink, opts: ExportOptions): Promise<void> {
  const batchSize = opts.batchSize ?? 1000;
  const judgements: Judgement[] = [];
  async function* rows(section: SectionName): AsyncIterable<Record<string, unknown>[]> {
    const whole = WHOLE[section];
    if (whole) {
      const all = await whole(db, scope);
      if (section === 'verdicts') {
        for (const v of all) {
          if (v.kind === 'review') judgements.push({ unit: v.dispute_id as number, coder: v.reviewer_id as number, value: v.outcome === 'position' ? `position:${v.position_id}` : String(v.outcome) });
        }
      }
      yield all;
      return;
    }
    // Prefetch the next page while this one is written (see streamCsv).
    const fetch = PAGED[section]!;
    let next = fetch(db, scope, 0, batchSize);
    for (;;) {
      const page = await next;
      const last = page[page.length - 1];
      if (page.length === batchSize && last) next = fetch(db, scope, last.id as number, batchSize);
      yield page;
      if (page.length < batchSize) return;
    }
  }
  const header = { generator: `crosscheck ${APP_VERSION}`, exportedAt: opts.now ?? new Date(), scope };
  await writeJsonExport(out, header, rows, () => krippendorffAlpha(judgements));
}
