// Search over articles, claims and sources: one query per section, run side by side, with
// snippets cut into escaped pieces for the page. The benchmark (scripts/bench-search.ts)
// times this same function.
import type { Knex } from 'knex';
import { searchArticles, searchClaims, searchSources, type ArticleHit, type ClaimHit, type SearchSection, type SourceHit } from '../../db/search';
import { snippetPieces, type SnippetPiece } from '../lib/snippets';

/** Results shown per section: fewer articles, since each carries two fragments of a long text (and ts_headline reads all of it). */
export const RESULTS_PER_SECTION = { articles: 10, claims: 20, sources: 20 } as const;

type WithPieces<T> = T & { pieces: SnippetPiece[] };

export interface SearchResults {
  articles: SearchSection<WithPieces<ArticleHit>>;
  claims: SearchSection<WithPieces<ClaimHit>>;
  sources: SearchSection<WithPieces<SourceHit>>;
}

function withPieces<T extends { snippet: string }>(s: SearchSection<T>): SearchSection<WithPieces<T>> {
  return { total: s.total, rows: s.rows.map((r) => ({ ...r, pieces: snippetPieces(r.snippet) })) };
}

/** Searches the three sections for `q` (web-search syntax: words, "phrases", -not, or). */
export async function searchEverything(db: Knex, q: string, limits = RESULTS_PER_SECTION): Promise<SearchResults> {
  const [articles, claims, sources] = await Promise.all([
    searchArticles(db, q, limits.articles),
    searchClaims(db, q, limits.claims),
    searchSources(db, q, limits.sources),
  ]);
  return { articles: withPieces(articles), claims: withPieces(claims), sources: withPieces(sources) };
}
