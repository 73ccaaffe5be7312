// The ACH consistency matrix: claims × positions, each cell consistent / inconsistent /
// neutral. By default a claim is consistent with its own column and inconsistent with
// the others; reviewers override cells. Each position gets a credibility-weighted
// inconsistency score: as in Heuer's ACH, the position with the least weighted evidence
// against it is the strongest, and evidence from credible claims weighs more.
import type { Knex } from 'knex';
import { upsertMark, type Mark, type MarkRow } from '../../db/consistency';
import { listPlacementsForDispute } from '../../db/placements';
import { HttpError } from '../errors';
import { editBoard } from './disputes';
import type { Actor } from './users';

export const MARKS: Mark[] = ['consistent', 'inconsistent', 'neutral'];

/** Weight of an inconsistent cell from the claim's credibility: 1 → 1.0 … 6 → 0.1 (linear); ungraded → 0.5. */
export function credibilityWeight(credibility: number | null): number {
  if (credibility === null) return 0.5;
  return Math.round((1 - ((credibility - 1) * 0.9) / 5) * 100) / 100;
}

export interface MatrixInput {
  claims: { id: number; position_id: number; credibility: number | null }[];
  positions: { id: number }[];
  marks: MarkRow[];
}

export interface Matrix {
  /** cells.get(claimId).get(positionId) → mark, and whether it was set by hand. */
  cells: Map<number, Map<number, { mark: Mark; set: boolean }>>;
  /** Weighted inconsistency per position (lower is better supported). */
  scores: Map<number, number>;
}

/** Lays out the matrix and scores it. Pure. */
export function buildMatrix({ claims, positions, marks }: MatrixInput): Matrix {
  const stored = new Map(marks.map((m) => [`${m.claim_id}:${m.position_id}`, m.mark]));
  const cells = new Map<number, Map<number, { mark: Mark; set: boolean }>>();
  const scores = new Map(positions.map((p) => [p.id, 0]));
  for (const c of claims) {
    const row = new Map<number, { mark: Mark; set: boolean }>();
    for (const p of positions) {
      const s = stored.get(`${c.id}:${p.id}`);
      const mark: Mark = s ?? (c.position_id === p.id ? 'consistent' : 'inconsistent');
      row.set(p.id, { mark, set: s !== undefined });
      if (mark === 'inconsistent') scores.set(p.id, Math.round((scores.get(p.id)! + credibilityWeight(c.credibility)) * 100) / 100);
    }
    cells.set(c.id, row);
  }
  return { cells, scores };
}

/** Sets one cell of the matrix (the claim must be on the board, the position in the dispute). */
export async function setMark(db: Knex, disputeId: number, row: MarkRow, actor: Actor): Promise<void> {
  await editBoard(db, disputeId, async (trx) => {
    const placements = await listPlacementsForDispute(trx, disputeId);
    if (!placements.some((p) => p.claim_id === row.claim_id)) throw new HttpError(409, 'That claim is no longer on this board.');
    const positions = await trx('positions').where({ dispute_id: disputeId, id: row.position_id }).first('id');
    if (!positions) throw new HttpError(409, 'That position is no longer on this board.');
    await upsertMark(trx, disputeId, row, actor.userId);
  });
}
