// SQL for the case page: the case, its articles and sources, its disputes and each
// reviewer's latest outcome on them, read in one round trip (db/together.ts) instead of five.
import type { Knex } from 'knex';
import { articlesForCaseQuery, type ArticleListItem } from './articles';
import { caseQuery, type CaseRow } from './cases';
import { disputesForCaseQuery, type DisputeSummary } from './disputes';
import { sourcesForCaseQuery, type CaseSource } from './sources';
import { prepareTogether } from './together';
import { latestOutcomesForCaseQuery, type LatestOutcome } from './verdicts';

export interface CasePageRows {
  kase: CaseRow;
  articles: ArticleListItem[];
  sources: CaseSource[];
  disputes: DisputeSummary[];
  outcomes: LatestOutcome[];
}

const CASE_PAGE = prepareTogether(['kase'], (db, { kase: caseId }) => [
  caseQuery(db, caseId),
  articlesForCaseQuery(db, caseId),
  sourcesForCaseQuery(db, caseId),
  disputesForCaseQuery(db, caseId),
  latestOutcomesForCaseQuery(db, caseId),
]);

/** The case page's rows, or undefined when there is no such case. */
export async function readCasePage(db: Knex, caseId: number): Promise<CasePageRows | undefined> {
  const [kase, articles, sources, disputes, outcomes] = await CASE_PAGE(db, { kase: caseId });
  if (!kase![0]) return undefined;
  return {
    kase: kase![0] as CaseRow,
    articles: articles as ArticleListItem[],
    sources: sources as CaseSource[],
    disputes: disputes as DisputeSummary[],
    outcomes: outcomes as LatestOutcome[],
  };
}
