// Search over articles, claims and sources: one query per section, run side by side, with
// snippets cut into escaped pieces for the page. The benchmark (scripts/bench-search.ts)
// times this same function.
import type { Knex } from 'knex';
import { searchArticles, searchClaims, searchSources, type ArticleHit, type ClaimHit, type SearchSection, type SourceHit } from '../../db/search';
import { snippetPieces, type SnippetPiece } from '../lib/snippets';

/** Results shown per section. */
export const RESULTS_PER_SECTION = 20;

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
export async function searchEverything(db: Knex, q: string, limit = RESULTS_PER_SECTION): Promise<SearchResults> {
  const [articles, claims, sources] = await Promise.all([searchArticles(db, q, limit), searchClaims(db, q, limit), searchSources(db, q, limit)]);
  return { articles: withPieces(articles), claims: withPieces(claims), sources: withPieces(sources) };
}
