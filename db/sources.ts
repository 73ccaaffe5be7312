// SQL for the source registry: entities shared across cases (unnamed ones scoped to a
// case) and the spellings they were seen under.
import type { Knex } from 'knex';
import { insertInBatches } from './batch';
import type { EntityKind } from '../server/engine/types';
import type { KnownSource } from '../server/sources/match';

export interface SourceRow {
  id: number;
  name: string;
  normalized_name: string;
  kind: EntityKind;
  named: boolean;
  case_id: number | null;
  affiliation: string;
  description: string;
  reliability: string | null;
  merged_into_id: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface NewSource {
  name: string;
  normalized_name: string;
  kind: EntityKind;
  named: boolean;
  case_id: number | null;
  description?: string;
}

export interface NewAlias {
  source_id: number;
  alias: string;
  normalized_alias: string;
}

export type SourceWithAliases = SourceRow & { aliases: string[] };
export type CaseSource = Pick<SourceRow, 'id' | 'name' | 'kind' | 'named' | 'reliability' | 'affiliation'> & {
  claim_count: number;
  mention_count: number;
  other_case_count: number;
};

const COLUMNS = [
  'id', 'name', 'normalized_name', 'kind', 'named', 'case_id', 'affiliation', 'description', 'reliability',
  'merged_into_id', 'version', 'created_at', 'updated_at',
];

/**
 * Registry entities that share a word with any of `words` (in their name or an alias),
 * visible from `caseId`, with their normalised aliases: the candidates for matching, in one query.
 */
export async function listSourceCandidates(db: Knex, words: string[], caseId: number): Promise<KnownSource[]> {
  if (words.length === 0) return [];
  const { rows } = await db.raw<{ rows: KnownSource[] }>(
    // A source merged into another still matches under its old names, as the one it was merged into.
    `select coalesce(e.merged_into_id, e.id) as id, e.name, e.normalized_name, e.kind, e.named, e.case_id,
       coalesce((select array_agg(a.normalized_alias order by a.id) from source_aliases a where a.source_id = e.id), '{}') as aliases
     from source_entities e
     where (e.case_id is null or e.case_id = ?)
       and e.id in (
         select id from source_entities where string_to_array(normalized_name, ' ') && ?::text[]
         union
         select source_id from source_aliases where string_to_array(normalized_alias, ' ') && ?::text[])
     order by e.id`,
    [caseId, words, words],
  );
  return rows;
}

/** Inserts entities (in batches); returns them in the order given. */
export async function insertSourceEntities(db: Knex, values: NewSource[]): Promise<SourceRow[]> {
  if (values.length === 0) return [];
  const rows = await insertInBatches<SourceRow>(db, 'source_entities', values, COLUMNS);
  const byKey = new Map(rows.map((r) => [`${r.case_id}|${r.kind}|${r.normalized_name}`, r]));
  return values.map((v) => byKey.get(`${v.case_id}|${v.kind}|${v.normalized_name}`)!);
}

/** Inserts one entity and returns it. */
export async function insertSourceEntity(db: Knex, value: NewSource): Promise<SourceRow> {
  const [row] = await insertSourceEntities(db, [value]);
  return row!;
}

/** Records spellings of sources (in batches); ones already recorded are skipped. Returns how many were new. */
export async function insertSourceAliases(db: Knex, values: NewAlias[]): Promise<number> {
  if (values.length === 0) return 0;
  const rows = await insertInBatches<{ id: number }>(db, 'source_aliases', values, ['id'], (q) => q.onConflict(['source_id', 'alias']).ignore());
  return rows.length;
}

/** Records one spelling of a source (no-op when already recorded). */
export async function insertSourceAlias(db: Knex, value: NewAlias): Promise<number> {
  return insertSourceAliases(db, [value]);
}

/** One source with its aliases (as written), or undefined. */
export async function findSourceById(db: Knex, id: number): Promise<SourceWithAliases | undefined> {
  return db('source_entities as e')
    .first(
      ...COLUMNS.map((c) => `e.${c}`),
      db.raw(`coalesce((select array_agg(a.alias order by a.id) from source_aliases a where a.source_id = e.id), '{}') as aliases`),
    )
    .where('e.id', id);
}

/** The sources named in a case (by a claim or a mention), with their claim counts, most-quoted first. */
export async function listSourcesForCase(db: Knex, caseId: number): Promise<CaseSource[]> {
  const { rows } = await sourcesForCaseQuery(db, caseId);
  return rows as CaseSource[];
}

/** The query behind listSourcesForCase, for a case id or a subquery giving one (the
 * article's case in db/article-page.ts). The counts come from case_source_counts, which
 * triggers keep exact (migration 20261126_18): counting the case's claims and mentions here
 * made this the larger part of both pages' database time. */
export function sourcesForCaseQuery(db: Knex, caseId: number | Knex.QueryBuilder): Knex.Raw {
  return db.raw(
    `select e.id, e.name, e.kind, e.named, e.reliability, e.affiliation, n.claim_count, n.mention_count,
       -- Other cases this source speaks in (rejected claims included): how a reviewer sees it
       -- was matched to a known source.
       (select count(*)::int from case_source_counts o
         where o.source_id = e.id and o.case_id <> ? and o.claim_count + o.rejected_claim_count > 0) as other_case_count
     from case_source_counts n join source_entities e on e.id = n.source_id
     where n.case_id = ? and (n.claim_count > 0 or n.mention_count > 0)
     order by n.claim_count desc, e.name, e.id`,
    [caseId, caseId],
  );
}

export interface SourceDirectoryFilter {
  kind?: EntityKind;
  /** Matched anywhere in the name, an alias or the affiliation, case-insensitively. */
  text?: string;
}

/** One row of the sources directory. */
export type SourceDirectoryRow = Pick<SourceRow, 'id' | 'name' | 'kind' | 'named' | 'case_id' | 'reliability' | 'affiliation'> & {
  case_title: string | null;
  alias_count: number;
  claim_count: number;
  case_count: number;
};

/** `%text%` for ilike, with the pattern characters in `text` taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A page of the registry (sources merged away are left out: they redirect), alphabetical,
 * with alias, claim and case counts and the total matching: one query whatever the page size.
 */
export async function listSourceDirectory(
  db: Knex,
  filter: SourceDirectoryFilter,
  limit: number,
  offset: number,
): Promise<{ rows: SourceDirectoryRow[]; total: number }> {
  const where = ['e.merged_into_id is null'];
  const params: string[] = [];
  if (filter.kind) {
    where.push('e.kind = ?');
    params.push(filter.kind);
  }
  if (filter.text) {
    where.push(`(e.name ilike ? or e.affiliation ilike ?
      or exists (select 1 from source_aliases a where a.source_id = e.id and a.alias ilike ?))`);
    params.push(...Array<string>(3).fill(containing(filter.text)));
  }
  const { rows } = await db.raw<{ rows: (SourceDirectoryRow & { total: number })[] }>(
    `with page as (
       select e.id, e.name, e.kind, e.named, e.case_id, e.reliability, e.affiliation, count(*) over ()::int as total
       from source_entities e
       where ${where.join(' and ')}
       order by lower(e.name), e.id
       limit ? offset ?)
     select p.*, k.title as case_title,
       (select count(*)::int from source_aliases a where a.source_id = p.id) as alias_count,
       (select count(*)::int from claims c where c.source_id = p.id and c.review_status <> 'rejected') as claim_count,
       (select count(distinct a.case_id)::int from articles a
         where a.id in (select article_id from claims where source_id = p.id
                        union select article_id from source_mentions where source_id = p.id)) as case_count
     from page p left join cases k on k.id = p.case_id
     order by lower(p.name), p.id`,
    [...params, limit, offset],
  );
  return { rows: rows.map(({ total: _total, ...r }) => r), total: rows[0]?.total ?? 0 };
}

/** Fields a reviewer may change on a source. */
export type SourceChanges = Partial<Pick<SourceRow, 'name' | 'normalized_name' | 'kind' | 'affiliation' | 'description' | 'reliability'>>;

/** Applies `changes` if the source is still at `version` (and not merged away); undefined otherwise. */
export async function updateSource(db: Knex, id: number, version: number, changes: SourceChanges): Promise<SourceRow | undefined> {
  const [row] = await db('source_entities')
    .where({ id, version, merged_into_id: null })
    .update({ ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() })
    .returning(COLUMNS);
  return row as SourceRow | undefined;
}

/** Locks sources for a change that involves several (in id order, so two merges cannot deadlock). */
export async function lockSources(db: Knex, ids: number[]): Promise<SourceRow[]> {
  return db('source_entities').select(COLUMNS).whereIn('id', ids).orderBy('id').forUpdate();
}

/** Removes one alias of a source; returns the removed row, or undefined when it was not there. */
export async function deleteSourceAlias(db: Knex, sourceId: number, aliasId: number): Promise<{ id: number; alias: string } | undefined> {
  const [row] = await db('source_aliases').where({ id: aliasId, source_id: sourceId }).delete().returning(['id', 'alias']);
  return row as { id: number; alias: string } | undefined;
}

/** The aliases of a source with their ids (for the remove buttons), oldest first. */
export async function listAliasesForSource(db: Knex, sourceId: number): Promise<{ id: number; alias: string }[]> {
  return db('source_aliases').select('id', 'alias').where({ source_id: sourceId }).orderBy('id');
}

/** Moves every alias of `fromId` to `intoId` (spellings it already has are dropped); returns how many were added. */
export async function moveSourceAliases(db: Knex, fromId: number, intoId: number): Promise<number> {
  const { rowCount } = await db.raw<{ rowCount: number }>(
    `insert into source_aliases (source_id, alias, normalized_alias)
     select ?, alias, normalized_alias from source_aliases where source_id = ? order by id
     on conflict (source_id, alias) do nothing`,
    [intoId, fromId],
  );
  await db('source_aliases').where({ source_id: fromId }).delete();
  return rowCount;
}

/** Marks `id` as merged into `intoId` if still at `version`; undefined when it changed or was merged first. */
export async function markSourceMerged(db: Knex, id: number, version: number, intoId: number): Promise<SourceRow | undefined> {
  const [row] = await db('source_entities')
    .where({ id, version, merged_into_id: null })
    .update({ merged_into_id: intoId, version: db.raw('version + 1'), updated_at: db.fn.now() })
    .returning(COLUMNS);
  return row as SourceRow | undefined;
}

/** Points sources that had been merged into `fromId` at `intoId`, so no merge chain forms; returns their ids. */
export async function repointMergedSources(db: Knex, fromId: number, intoId: number): Promise<number[]> {
  const rows: { id: number }[] = await db('source_entities').where({ merged_into_id: fromId }).update({ merged_into_id: intoId, updated_at: db.fn.now() }).returning('id');
  return rows.map((r) => r.id);
}

/** The sources merged into `id`, most recent first: the survivor page's merge history. */
export async function listSourcesMergedInto(db: Knex, id: number): Promise<Pick<SourceRow, 'id' | 'name' | 'kind' | 'updated_at'>[]> {
  return db('source_entities').select('id', 'name', 'kind', 'updated_at').where({ merged_into_id: id }).orderBy([{ column: 'updated_at', order: 'desc' }, 'id']);
}
