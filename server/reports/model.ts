// The verdict report as every formatter sees it: plain data assembled from the report
// queries, so HTML, PDF, Markdown and ClaimReview all say the same thing.
import type { ExportScope, ReportClaimRow, ReportDisputeRow, ReportPositionRow, ReportVerdictRow } from '../../db/reports';
import { LIKELIHOOD, type Likelihood } from '../domain/grades';
import { krippendorffAlpha, type AgreementSummary } from './agreement';

export type ReportClaim = ReportClaimRow;

export interface ReportVerdict extends ReportVerdictRow {
  /** The upheld position's label, for outcome 'position'. */
  position_label: string | null;
}

export interface ReportPosition extends ReportPositionRow {
  claims: ReportClaim[];
}

export interface ReportDispute extends ReportDisputeRow {
  case_title: string;
  positions: ReportPosition[];
  /** The editor's latest published verdict; undefined means "Not yet published". */
  published: ReportVerdict | undefined;
  /** Each reviewer's latest review verdict, shown only when drafts were asked for. */
  drafts: ReportVerdict[];
  /** Who recorded a verdict on this dispute, with their latest date (names and dates only). */
  reviewers: { name: string; date: Date; kind: 'review' | 'published' }[];
}

export interface ReportSource {
  id: number;
  name: string;
  kind: string;
  reliability: string | null;
  aliases: string[];
  trackRecord: { upheld: number; rejected: number; open: number };
}

export interface Report {
  scope: ExportScope;
  title: string;
  subtitle: string;
  cases: { id: number; title: string; description: string }[];
  source: ReportSource | undefined;
  disputes: ReportDispute[];
  agreement: AgreementSummary;
  includeDrafts: boolean;
  generatedAt: Date;
  publisher: { name: string; url: string };
  baseUrl: string;
}

export interface ReportRows {
  scope: ExportScope;
  title: string;
  subtitle: string;
  cases: { id: number; title: string; description: string }[];
  source?: ReportSource;
  disputes: ReportDisputeRow[];
  positions: ReportPositionRow[];
  claims: ReportClaimRow[];
  verdicts: ReportVerdictRow[];
}

/** Outcome words for a verdict: "Upheld: <position>", "Conflicting", "Insufficient evidence". */
export function outcomeText(v: { outcome: string; position_label?: string | null }): string {
  if (v.outcome === 'position') return `Best supported: ${v.position_label ?? 'a position'}`;
  return v.outcome === 'conflicting' ? 'Conflicting evidence' : 'Insufficient evidence';
}

/** ICD 203 words with their probability band, e.g. "Likely (55–80%)". */
export function likelihoodText(key: string): string {
  const l = LIKELIHOOD[key as Likelihood];
  return l ? `${l.label} (${l.band[0]}–${l.band[1]}%)` : key;
}

/** The latest row per key, rows being oldest first. */
function latestBy<T>(rows: T[], key: (r: T) => string | number): T[] {
  const m = new Map<string | number, T>();
  for (const r of rows) m.set(key(r), r);
  return [...m.values()];
}

/** Assembles the report from its query rows (grouping only: no I/O). */
export function buildReport(rows: ReportRows, opts: { includeDrafts: boolean; generatedAt: Date; publisher: Report['publisher']; baseUrl: string }): Report {
  const labels = new Map(rows.positions.map((p) => [p.id, p.label]));
  const caseTitles = new Map(rows.cases.map((c) => [c.id, c.title]));
  const withLabel = (v: ReportVerdictRow): ReportVerdict => ({ ...v, position_label: v.position_id ? (labels.get(v.position_id) ?? null) : null });
  const disputes = rows.disputes.map((d): ReportDispute => {
    const verdicts = rows.verdicts.filter((v) => v.dispute_id === d.id).map(withLabel);
    const published = verdicts.filter((v) => v.kind === 'published').at(-1);
    const reviews = latestBy(verdicts.filter((v) => v.kind === 'review'), (v) => v.reviewer_id);
    const reviewers = [...reviews, ...(published ? [published] : [])].map((v) => ({ name: v.reviewer_name, date: v.created_at, kind: v.kind }));
    return {
      ...d,
      case_title: caseTitles.get(d.case_id) ?? '',
      positions: rows.positions.filter((p) => p.dispute_id === d.id).map((p) => ({ ...p, claims: rows.claims.filter((c) => c.position_id === p.id) })),
      published,
      drafts: opts.includeDrafts ? reviews : [],
      reviewers,
    };
  });
  const judgements = latestBy(rows.verdicts.filter((v) => v.kind === 'review'), (v) => `${v.dispute_id}:${v.reviewer_id}`).map((v) => ({
    unit: v.dispute_id,
    coder: v.reviewer_id,
    value: v.outcome === 'position' ? `position:${v.position_id}` : v.outcome,
  }));
  return {
    scope: rows.scope,
    title: rows.title,
    subtitle: rows.subtitle,
    cases: rows.cases,
    source: rows.source,
    disputes,
    agreement: krippendorffAlpha(judgements),
    includeDrafts: opts.includeDrafts,
    generatedAt: opts.generatedAt,
    publisher: opts.publisher,
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
  };
}

/** Link back to a dispute's page in the app. */
export function disputeUrl(report: Pick<Report, 'baseUrl'>, disputeId: number): string {
  return `${report.baseUrl}/disputes/${disputeId}`;
}

/** Link to a claim's place in its article. */
export function claimUrl(report: Pick<Report, 'baseUrl'>, c: Pick<ReportClaim, 'article_id' | 'claim_id'>): string {
  return `${report.baseUrl}/articles/${c.article_id}#claim-${c.claim_id}`;
}

/** An ISO day (YYYY-MM-DD) in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
