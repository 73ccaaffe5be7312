// Deciding a dispute: reviewers record verdicts (append-only; the latest per reviewer
// counts), an editor publishes the final one, which locks the board; a correction is a
// new published version with a note, the old one stays in the history.
import type { Knex } from 'knex';
import { insertAuditEntry } from '../../db/audit';
import { lockDispute, setDisputeStatus, type DisputeRow } from '../../db/disputes';
import { listPlacementsForDispute } from '../../db/placements';
import { listPositionsForDispute } from '../../db/positions';
import { findLatestReview, findVerdictById, insertVerdict, listEvidenceForVerdict, type Outcome, type VerdictRow } from '../../db/verdicts';
import type { Confidence, Likelihood } from '../domain/grades';
import { ConflictError, HttpError, notFound } from '../errors';
import { LockedError } from './disputes';
import type { Actor } from './users';

export interface VerdictInput {
  outcome: Outcome;
  positionId?: number;
  likelihood: Likelihood;
  confidence: Confidence;
  rationale: string;
  evidence: number[];
}

const fieldError = (field: string, message: string) => new HttpError(400, 'Please correct the highlighted fields.', { [field]: message });

/** Checks the position and evidence against the board; returns the row values. */
async function checked(trx: Knex, d: DisputeRow, input: VerdictInput) {
  if (input.outcome === 'position') {
    const positions = await listPositionsForDispute(trx, d.id);
    if (!positions.some((p) => p.id === input.positionId)) throw fieldError('positionId', 'Choose the position that is best supported.');
  }
  const onBoard = new Set((await listPlacementsForDispute(trx, d.id)).map((p) => p.claim_id));
  const evidence = input.evidence.filter((c) => onBoard.has(c));
  return {
    values: {
      dispute_id: d.id,
      outcome: input.outcome,
      position_id: input.outcome === 'position' ? input.positionId! : null,
      likelihood: input.likelihood,
      confidence: input.confidence,
      rationale: input.rationale,
    },
    evidence,
  };
}

/**
 * Records a reviewer's verdict. `previousId` is the reviewer's latest verdict when they
 * opened the form (null for none): if it has changed since (another tab), 409.
 */
export async function recordVerdict(db: Knex, disputeId: number, input: VerdictInput, previousId: number | null, actor: Actor & { userId: number }): Promise<VerdictRow> {
  return db.transaction(async (trx) => {
    // Share lock: reviewers record in parallel; publishing (an update lock) waits for them.
    const d = await lockDispute(trx, disputeId, 'share');
    if (!d) throw notFound('Dispute');
    if (d.status === 'published') throw new LockedError();
    if (d.status !== 'open') throw new HttpError(409, 'Accept this suggested dispute before recording verdicts on it.');
    // One reviewer's submissions are serialised so the previous-verdict check holds.
    await trx.raw('select pg_advisory_xact_lock(?, ?)', [disputeId, actor.userId]);
    const latest = await findLatestReview(trx, disputeId, actor.userId);
    if ((latest?.id ?? null) !== previousId) throw new ConflictError('Your verdict', latest);
    const { values, evidence } = await checked(trx, d, input);
    const row = await insertVerdict(trx, { ...values, reviewer_id: actor.userId, kind: 'review', correction_note: null, based_on_id: latest?.id ?? null }, evidence);
    await insertAuditEntry(trx, { ...actor, action: 'record-verdict', entityType: 'dispute', entityId: disputeId, after: row });
    return row;
  });
}

export type PublishInput = { adoptId: number; correctionNote: string } | (VerdictInput & { adoptId?: undefined; correctionNote: string });

/** Publishes the final verdict (adopting a reviewer's or the editor's own); a second one is a correction and needs a note. */
export async function publishVerdict(db: Knex, disputeId: number, input: PublishInput, actor: Actor & { userId: number }): Promise<VerdictRow> {
  return db.transaction(async (trx) => {
    const d = await lockDispute(trx, disputeId, 'update');
    if (!d) throw notFound('Dispute');
    if (d.status !== 'open' && d.status !== 'published') throw new HttpError(409, 'Only an open dispute can be published.');
    const isCorrection = d.status === 'published';
    if (isCorrection && !input.correctionNote) throw fieldError('correctionNote', 'Say what this correction changes: the note is shown with the verdict.');
    let row: VerdictRow;
    const note = isCorrection ? input.correctionNote : null;
    if (input.adoptId !== undefined) {
      const adopted = await findVerdictById(trx, input.adoptId);
      if (!adopted || adopted.dispute_id !== disputeId) throw fieldError('adoptId', 'Choose a verdict recorded on this dispute.');
      const evidence = await listEvidenceForVerdict(trx, adopted.id);
      const { id: _id, created_at: _at, ...copy } = adopted;
      row = await insertVerdict(trx, { ...copy, reviewer_id: actor.userId, kind: 'published', correction_note: note, based_on_id: adopted.id }, evidence);
    } else {
      const { values, evidence } = await checked(trx, d, input);
      row = await insertVerdict(trx, { ...values, reviewer_id: actor.userId, kind: 'published', correction_note: note, based_on_id: null }, evidence);
    }
    if (!isCorrection) await setDisputeStatus(trx, disputeId, 'published');
    await insertAuditEntry(trx, { ...actor, action: isCorrection ? 'correct-verdict' : 'publish-verdict', entityType: 'dispute', entityId: disputeId, after: row });
    return row;
  });
}
