// Factories for dispute boards: claims in an article, and a dispute with positions and placements.
import type { Knex } from 'knex';
import { insertClaims, type ClaimRow } from '../../db/claims';
import { insertDispute, type DisputeRow } from '../../db/disputes';
import { insertPlacements } from '../../db/placements';
import { insertPositions, type PositionRow } from '../../db/positions';
import { makeArticle } from './factories';

let seq = 0;

/** Inserts `n` claims into a new article of the case (each with its own source when `sources`). */
export async function makeClaims(db: Knex, caseId: number, n: number, over: Partial<{ sourceName: string; content: string }> = {}): Promise<ClaimRow[]> {
  const words = Array.from({ length: n }, (_, i) => over.content ?? `claim number ${++seq} about the strike ${i}`);
  const body = words.join('. ') + '.';
  const article = await makeArticle(db, { case_id: caseId, body });
  let sourceId: number | null = null;
  if (over.sourceName) {
    const known = await db('source_entities').first('id').where({ name: over.sourceName });
    const [s] = known ? [known] : await db('source_entities').insert({ name: over.sourceName, normalized_name: over.sourceName.toLowerCase(), kind: 'government', named: true, case_id: null }).returning('id');
    sourceId = (s as { id: number }).id;
  }
  let at = 0;
  return insertClaims(
    db,
    words.map((w) => {
      const start = body.indexOf(w, at);
      at = start + w.length;
      return {
        article_id: article.id, source_id: sourceId, mention_id: null, span_start: start, span_end: start + w.length,
        content_spans: [{ start, end: start + w.length }], quote_exact: w, quote_prefix: '', quote_suffix: '', content: w,
        cue: 'said', cue_start: null, cue_end: null, mode: 'indirect', hedges: [], origin: 'extracted', extraction_confidence: 0.9,
        is_publisher: false, created_by: null,
      };
    }),
  );
}

/** A dispute with positions labelled `labels` and `placed[i]` claim ids in column i. */
export async function makeDispute(db: Knex, caseId: number, labels: string[], placed: number[][] = []): Promise<{ dispute: DisputeRow; positions: PositionRow[] }> {
  const dispute = await insertDispute(db, { case_id: caseId, question: `Question ${++seq}?` });
  const positions = await insertPositions(db, labels.map((label, ordinal) => ({ dispute_id: dispute.id, label, ordinal })));
  for (const [i, ids] of placed.entries()) await insertPlacements(db, dispute.id, positions[i]!.id, ids);
  return { dispute, positions };
}
