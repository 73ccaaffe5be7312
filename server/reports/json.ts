// The JSON export: complete, versioned and re-importable (server/services/import.ts).
// Written section by section as rows arrive, so a 100,000-claim case never sits in memory.
// Claims carry W3C Web Annotation selectors (TextQuoteSelector + TextPositionSelector)
// so they can be re-anchored in their article's text.
import type { AgreementSummary } from './agreement';

/** The document format version; bump it on any incompatible change (the importer refuses newer ones). */
export const SCHEMA_VERSION = 1;

/** The sections of the document, in the order written (and imported). */
export const SECTIONS = ['cases', 'sources', 'articles', 'mentions', 'claims', 'disputes', 'positions', 'placements', 'verdicts'] as const;
export type SectionName = (typeof SECTIONS)[number];

type Row = Record<string, unknown>;
const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : d === null || d === undefined ? null : String(d));

/** Database rows → export objects, per section (camelCase, references by exported id). */
export const toExport: Record<SectionName, (r: Row) => Row> = {
  cases: (r) => ({ id: r.id, title: r.title, description: r.description, status: r.status, createdAt: iso(r.created_at) }),
  sources: (r) => ({
    id: r.id, name: r.name, kind: r.kind, named: r.named, caseId: r.case_id, affiliation: r.affiliation,
    description: r.description, reliability: r.reliability, aliases: r.aliases, createdAt: iso(r.created_at),
  }),
  articles: (r) => ({
    id: r.id, caseId: r.case_id, title: r.title, publisher: r.publisher, url: r.url, publishedOn: r.published_on,
    contentHash: r.content_hash, extractorVersion: r.extractor_version, createdAt: iso(r.created_at), text: r.body,
  }),
  mentions: (r) => ({
    id: r.id, articleId: r.article_id, sourceId: r.source_id, text: r.text,
    selector: [{ type: 'TextPositionSelector', start: r.span_start, end: r.span_end }], createdAt: iso(r.created_at),
  }),
  claims: (r) => ({
    id: r.id, articleId: r.article_id, sourceId: r.source_id, mentionId: r.mention_id, content: r.content,
    selector: [
      { type: 'TextQuoteSelector', exact: r.quote_exact, prefix: r.quote_prefix, suffix: r.quote_suffix },
      { type: 'TextPositionSelector', start: r.span_start, end: r.span_end },
    ],
    contentSpans: r.content_spans, cue: r.cue,
    cueSelector: r.cue_start === null ? null : { type: 'TextPositionSelector', start: r.cue_start, end: r.cue_end },
    mode: r.mode, hedges: r.hedges, origin: r.origin, reviewStatus: r.review_status, credibility: r.credibility,
    confidence: r.confidence, extractionConfidence: r.extraction_confidence, isPublisher: r.is_publisher, createdAt: iso(r.created_at),
  }),
  disputes: (r) => ({
    id: r.id, caseId: r.case_id, question: r.question, status: r.status, origin: r.origin, suggestionKey: r.suggestion_key, suggestionSignals: r.suggestion_signals,
    blindReview: r.blind_review, createdAt: iso(r.created_at),
  }),
  positions: (r) => ({ id: r.id, disputeId: r.dispute_id, label: r.label, ordinal: r.ordinal, createdAt: iso(r.created_at) }),
  placements: (r) => ({ id: r.id, disputeId: r.dispute_id, positionId: r.position_id, claimId: r.claim_id, ordinal: r.ordinal }),
  verdicts: (r) => ({
    id: r.id, disputeId: r.dispute_id, reviewer: { name: r.reviewer_name, email: r.reviewer_email }, kind: r.kind,
    outcome: r.outcome, positionId: r.position_id, likelihood: r.likelihood, confidence: r.confidence, rationale: r.rationale,
    correctionNote: r.correction_note, basedOnId: r.based_on_id, createdAt: iso(r.created_at), evidence: r.evidence,
  }),
};

/** A sink the writer can wait on (a file stream or an HTTP response). */
export interface Sink {
  write(chunk: string): boolean;
  once(event: 'drain', cb: () => void): unknown;
}

/** Writes `chunk`, waiting for the sink to drain when its buffer is full (backpressure). */
export async function writeChunk(out: Sink, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

export interface JsonHeader {
  generator: string;
  exportedAt: Date;
  scope: { type: string; id: number };
}

/**
 * Writes the whole document: the header, then each section's rows as they arrive from
 * `rows(section)`, then the agreement summary (computed by the caller from the verdicts).
 */
export async function writeJsonExport(
  out: Sink,
  header: JsonHeader,
  rows: (section: SectionName) => AsyncIterable<Row[]>,
  agreement: () => AgreementSummary,
): Promise<void> {
  await writeChunk(out, `{"schemaVersion":${SCHEMA_VERSION},"generator":${JSON.stringify(header.generator)},"exportedAt":"${header.exportedAt.toISOString()}","scope":${JSON.stringify(header.scope)}`);
  for (const section of SECTIONS) {
    await writeChunk(out, `,\n"${section}":[`);
    let first = true;
    for await (const batch of rows(section)) {
      if (batch.length === 0) continue;
      const text = batch.map((r) => JSON.stringify(toExport[section](r))).join(',\n');
      await writeChunk(out, (first ? '\n' : ',\n') + text);
      first = false;
    }
    await writeChunk(out, ']');
  }
  await writeChunk(out, `,\n"agreement":${JSON.stringify(agreement())}}\n`);
}
