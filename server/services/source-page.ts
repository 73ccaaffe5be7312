// Everything a source's page shows, in a fixed number of queries whatever the number of
// claims: the source, its aliases, its claims across cases, the sources merged into it,
// its case (if unnamed) and merge candidates — one query each — then grouped in memory.
import type { Knex } from 'knex';
import { findCaseById, type CaseRow } from '../../db/cases';
import { listClaimsForSource, type SourceClaim } from '../../db/claims';
import { listAliasesForSource, listSourceDirectory, listSourcesMergedInto, findSourceById, type SourceWithAliases } from '../../db/sources';
import { suggestMergeCandidates, type MergeCandidate } from './source-merge';
import { trackRecordForSource, type TrackRecord } from './track-record';

export interface ArticleClaims {
  articleId: number;
  title: string;
  claims: SourceClaim[];
}

export interface CaseClaims {
  caseId: number;
  title: string;
  articles: ArticleClaims[];
}

export interface SourcePage {
  source: SourceWithAliases;
  kase: CaseRow | undefined;
  aliases: { id: number; alias: string }[];
  cases: CaseClaims[];
  /** Claims not rejected (as the directory counts them), and rejected ones, which the page still lists. */
  claimCount: number;
  rejectedCount: number;
  mergedFrom: Awaited<ReturnType<typeof listSourcesMergedInto>>;
  candidates: MergeCandidate[];
  /** How often published verdicts upheld or rejected the positions its claims supported. */
  track: TrackRecord;
}

/** Claims (already ordered case → article → text) grouped by case, then article. */
export function groupClaims(claims: SourceClaim[]): CaseClaims[] {
  const cases: CaseClaims[] = [];
  for (const c of claims) {
    let kase = cases[cases.length - 1];
    if (kase?.caseId !== c.case_id) cases.push((kase = { caseId: c.case_id, title: c.case_title, articles: [] }));
    let article = kase.articles[kase.articles.length - 1];
    if (article?.articleId !== c.article_id) kase.articles.push((article = { articleId: c.article_id, title: c.article_title, claims: [] }));
    article.claims.push(c);
  }
  return cases;
}

/**
 * Loads a source's page. Returns `{ redirectTo }` for a source merged into another, and
 * undefined when there is no such source. `find` searches the registry for merge targets.
 */
export async function loadSourcePage(db: Knex, id: number, find?: string): Promise<SourcePage | { redirectTo: number } | undefined> {
  const source = await findSourceById(db, id);
  if (!source) return undefined;
  if (source.merged_into_id) return { redirectTo: source.merged_into_id };
  const [kase, aliases, claims, mergedFrom, suggested, found, track] = await Promise.all([
    source.case_id ? findCaseById(db, source.case_id) : undefined,
    listAliasesForSource(db, id),
    listClaimsForSource(db, id),
    listSourcesMergedInto(db, id),
    suggestMergeCandidates(db, source),
    find ? listSourceDirectory(db, { text: find }, 20, 0) : undefined,
    trackRecordForSource(db, id),
  ]);
  const candidates = found
    ? found.rows.filter((r) => r.id !== id && (r.case_id === null || r.case_id === source.case_id)).map((r) => ({ id: r.id, name: r.name, kind: r.kind, score: 0 }))
    : suggested;
  const rejectedCount = claims.filter((c) => c.review_status === 'rejected').length;
  return { source, kase, aliases, cases: groupClaims(claims), claimCount: claims.length - rejectedCount, rejectedCount, mergedFrom, candidates, track };
}
