// SQL for full-text search over articles, claims and sources: one query per section, each
// using the table's generated `search` tsvector (GIN-indexed). Snippets come from
// ts_headline with private-use characters as highlight markers, never HTML: the caller
// escapes the text and turns the markers into <mark> (see server/lib/snippets.ts).
import type { Knex } from 'knex';
import type { EntityKind } from '../server/engine/types';

/** Opens a highlighted stretch in a snippet (U+E000, private use: never in real text once stripped). */
export const HIT_START = '\uE000';
/** Closes a highlighted stretch in a snippet (U+E001). */
export const HIT_STOP = '\uE001';

// Markers are passed as parameters and stripped from the document first, so text that
// happens to contain them cannot open or close a highlight.
const HEADLINE_OPTS = (extra: string) => `'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', ${extra}'`;
// The query is written out where it is used (not taken from a CTE) so the planner sees an
// expression of a parameter and can use the GIN index; a CTE column would force a scan.
const EN = `websearch_to_tsquery('english', ?)`;
const SIMPLE = `websearch_to_tsquery('simple', ?)`;
const strip = (col: string) => `translate(${col}, chr(57344) || chr(57345), '')`;

export interface SearchSection<T> {
  rows: T[];
  /** Every match, not only the rows returned. */
  total: number;
}

export type ArticleHit = { id: number; title: string; publisher: string; case_id: number; case_title: string; rank: number; snippet: string };
export type ClaimHit = {
  id: number;
  article_id: number;
  article_title: string;
  review_status: string;
  source_id: number | null;
  source_name: string | null;
  rank: number;
  snippet: string;
};
export type SourceHit = {
  id: number;
  name: string;
  kind: EntityKind;
  named: boolean;
  case_id: number | null;
  reliability: string | null;
  affiliation: string;
  case_title: string | null;
  rank: number;
  snippet: string;
};

function section<T>(rows: (T & { total: number })[]): SearchSection<T> {
  return { rows: rows.map(({ total: _total, ...r }) => r as T), total: rows[0]?.total ?? 0 };
}

/** Articles matching `q` (web-search syntax, English stemming), best first, with a snippet of the text. */
export async function searchArticles(db: Knex, q: string, limit: number): Promise<SearchSection<ArticleHit>> {
  const { rows } = await db.raw(
    `with hits as (
       select a.id, a.title, a.publisher, a.case_id, ts_rank(a.search, ${EN}) as rank, count(*) over ()::int as total
       from articles a where a.search @@ ${EN}
       order by rank desc, a.id desc limit ?)
     select h.*, k.title as case_title,
       ts_headline('english', ${strip('a.body')}, ${EN}, ${HEADLINE_OPTS('MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "')}) as snippet
     from hits h join articles a on a.id = h.id join cases k on k.id = h.case_id
     order by h.rank desc, h.id desc`,
    [q, q, limit, q],
  );
  return section<ArticleHit>(rows);
}

/** Claims matching `q` in their words or cue, best first, with their article and source. */
export async function searchClaims(db: Knex, q: string, limit: number): Promise<SearchSection<ClaimHit>> {
  const { rows } = await db.raw(
    `with hits as (
       select c.id, c.article_id, c.source_id, c.review_status, ts_rank(c.search, ${EN}) as rank, count(*) over ()::int as total
       from claims c where c.search @@ ${EN}
       order by rank desc, c.id desc limit ?)
     select h.*, a.title as article_title, e.name as source_name,
       -- A claim is usually one sentence: show it whole; cut only paragraph-long quotes to fragments.
       case when length(c.content) <= 400
         then ts_headline('english', ${strip('c.content')}, ${EN}, ${HEADLINE_OPTS('HighlightAll=true')})
         else ts_headline('english', ${strip('c.content')}, ${EN}, ${HEADLINE_OPTS('MaxWords=50, MinWords=25')}) end as snippet
     from hits h join claims c on c.id = h.id join articles a on a.id = h.article_id
       left join source_entities e on e.id = h.source_id
     order by h.rank desc, h.id desc`,
    [q, q, limit, q, q],
  );
  return section<ClaimHit>(rows);
}

/**
 * Sources matching `q` in their name (no stemming: names are not English words), an alias,
 * their affiliation or description; sources merged away are left out.
 */
export async function searchSources(db: Knex, q: string, limit: number): Promise<SearchSection<SourceHit>> {
  const { rows } = await db.raw(
    `with matched as (
       select e.id from source_entities e where e.search @@ (${SIMPLE} || ${EN})
       union
       select a.source_id from source_aliases a where to_tsvector('simple', a.alias) @@ ${SIMPLE}),
     hits as (
       select e.id, e.name, e.kind, e.named, e.case_id, e.reliability, e.affiliation,
         ts_rank(e.search, ${SIMPLE} || ${EN}) as rank, count(*) over ()::int as total
       from source_entities e join matched m on m.id = e.id
       where e.merged_into_id is null
       order by rank desc, e.id desc limit ?)
     select h.*, k.title as case_title,
       ts_headline('simple', ${strip("h.name || coalesce(' (' || nullif(h.affiliation, '') || ')', '')")}, ${SIMPLE}, ${HEADLINE_OPTS('HighlightAll=true')}) as snippet
     from hits h left join cases k on k.id = h.case_id
     order by h.rank desc, h.id desc`,
    [q, q, q, q, q, limit, q],
  );
  return section<SourceHit>(rows);
}
