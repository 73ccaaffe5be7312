// SQL for the article page: the article, its case, claims, mentions and the case's
// sources, read in one round trip (db/together.ts) instead of five queries.
import type { Knex } from 'knex';
import { articleQuery, type ArticleRow } from './articles';
import { caseQuery, type CaseRow } from './cases';
import { claimsForArticleQuery, type ClaimWithSource } from './claims';
import { mentionsForArticleQuery, type MentionRow } from './mentions';
import { sourcesForCaseQuery, type CaseSource } from './sources';
import { prepareTogether } from './together';

export interface ArticlePageRows {
  article: ArticleRow;
  kase: CaseRow;
  claims: ClaimWithSource[];
  mentions: MentionRow[];
  sources: CaseSource[];
}

const ARTICLE_PAGE = prepareTogether(['article'], (db, { article: articleId }) => {
  const caseId = db('articles').select('case_id').where({ id: articleId });
  return [
    articleQuery(db, articleId),
    caseQuery(db, caseId),
    claimsForArticleQuery(db, articleId),
    mentionsForArticleQuery(db, articleId),
    sourcesForCaseQuery(db, caseId),
  ];
});

/** The article page's rows, or undefined when there is no such article. */
export async function readArticlePage(db: Knex, articleId: number): Promise<ArticlePageRows | undefined> {
  const [article, kase, claims, mentions, sources] = await ARTICLE_PAGE(db, { article: articleId });
  if (!article![0]) return undefined;
  return {
    article: article![0] as ArticleRow,
    kase: kase![0] as CaseRow,
    claims: claims as ClaimWithSource[],
    mentions: mentions as MentionRow[],
    sources: sources as CaseSource[],
  };
}
