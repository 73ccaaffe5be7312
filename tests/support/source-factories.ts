// Row factories for sources, claims and mentions, inserted through db/ functions.
import type { Knex } from 'knex';
import { insertClaims, type ClaimRow } from '../../db/claims';
import { insertMentions, type MentionRow } from '../../db/mentions';
import { insertSourceAlias, insertSourceEntity, type SourceRow } from '../../db/sources';
import type { EntityKind } from '../../server/engine/types';
import { normaliseSourceName } from '../../server/sources/match';

let seq = 0;

/** Inserts a source: named and shared unless `case_id` is given (then unnamed, of that case). */
export async function makeSource(
  db: Knex,
  over: Partial<{ name: string; kind: EntityKind; case_id: number | null; aliases: string[] }> = {},
): Promise<SourceRow> {
  const name = over.name ?? `Source ${++seq}`;
  const caseId = over.case_id ?? null;
  const row = await insertSourceEntity(db, {
    name, normalized_name: normaliseSourceName(name), kind: over.kind ?? 'person', named: caseId === null, case_id: caseId,
  });
  for (const alias of over.aliases ?? []) await insertSourceAlias(db, { source_id: row.id, alias, normalized_alias: normaliseSourceName(alias) });
  return row;
}

/** Inserts `n` claims by `sourceId` on the article's first characters (one statement). */
export async function makeClaims(db: Knex, articleId: number, sourceId: number | null, n = 1, content = 'the words'): Promise<ClaimRow[]> {
  return insertClaims(
    db,
    Array.from({ length: n }, () => ({
      article_id: articleId, source_id: sourceId, mention_id: null, span_start: 0, span_end: 5, content_spans: [{ start: 0, end: 5 }],
      quote_exact: 'words', quote_prefix: '', quote_suffix: '', content, cue: 'said', cue_start: null, cue_end: null, mode: 'indirect' as const,
      hedges: [], origin: 'manual' as const, extraction_confidence: null, is_publisher: false, created_by: null,
    })),
  );
}

/** Inserts one mention of `sourceId` in an article. */
export async function makeMention(db: Knex, articleId: number, sourceId: number): Promise<MentionRow> {
  const [m] = await insertMentions(db, [{ article_id: articleId, source_id: sourceId, span_start: 0, span_end: 5, text: 'words' }]);
  return m!;
}
