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
  const { rows } = await db.raw<{ rows: CaseSource[] }>(
    `with case_articles as (select id from articles where case_id = ?),
     claim_counts as (
       select source_id, count(*)::int as n from claims
       where article_id in (select id from case_articles) and source_id is not null and review_status <> 'rejected'
       group by source_id),
     mention_counts as (
       select source_id, count(*)::int as n from source_mentions
       where article_id in (select id from case_articles) and source_id is not null
       group by source_id)
     select e.id, e.name, e.kind, e.named, e.reliability, e.affiliation,
       coalesce(c.n, 0) as claim_count, coalesce(m.n, 0) as mention_count
     from source_entities e
     left join claim_counts c on c.source_id = e.id
     left join mention_counts m on m.source_id = e.id
     where c.source_id is not null or m.source_id is not null
     order by claim_count desc, e.name, e.id`,
    [caseId],
  );
  return rows;
}
