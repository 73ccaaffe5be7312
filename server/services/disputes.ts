// Lining up a dispute: the question, its 2–6 positions and the claims placed in them.
// Every edit runs under the dispute's row lock (so the 2–6 rule and the published lock
// hold under concurrency), checks the version the reviewer saw, and is audit-logged in
// the same transaction.
import type { Knex } from 'knex';
import { insertAuditEntry } from '../../db/audit';
import { findCaseById } from '../../db/cases';
import { insertDispute, lockDispute, updateDispute, type DisputeRow } from '../../db/disputes';
import { deletePlacement, insertPlacements, listCaseClaimIds, listPlacementsForDispute, movePlacementsToPosition, updatePlacement } from '../../db/placements';
import { isPositionInVerdicts } from '../../db/verdicts';
import { deletePosition, insertPositions, listPositionsForDispute, updatePosition, type PositionRow } from '../../db/positions';
import { ConflictError, HttpError, notFound } from '../errors';
import type { Actor } from './users';

export const MIN_POSITIONS = 2;
export const MAX_POSITIONS = 6;

/** A 409 for any change to a published dispute. */
export class LockedError extends HttpError {
  constructor() {
    super(409, 'This dispute is published and locked: its positions, claims and reviews can no longer change. An editor can publish a correction.');
  }
}

const fieldError = (field: string, message: string) => new HttpError(400, 'Please correct the highlighted fields.', { [field]: message });

/** Verdicts are append-only, so a position one of them names must stay (it can still be renamed). */
async function refuseIfInVerdicts(trx: Knex, p: PositionRow): Promise<void> {
  if (await isPositionInVerdicts(trx, p.id)) {
    throw new HttpError(409, `A recorded verdict names the position “${p.label}”, so it cannot be deleted or merged away. Rename it, or move its cards, instead.`);
  }
}

/** Runs `fn` on an unpublished dispute under its row lock, inside one transaction. */
export async function editBoard<T>(db: Knex, disputeId: number, fn: (trx: Knex, d: DisputeRow) => Promise<T>): Promise<T> {
  return db.transaction(async (trx) => {
    const d = await lockDispute(trx, disputeId, 'update');
    if (!d) throw notFound('Dispute');
    if (d.status === 'published') throw new LockedError();
    return fn(trx, d);
  });
}

async function positionOf(trx: Knex, disputeId: number, positionId: number): Promise<{ all: PositionRow[]; p: PositionRow }> {
  const all = await listPositionsForDispute(trx, disputeId);
  const p = all.find((x) => x.id === positionId);
  if (!p) throw new ConflictError('This column', all);
  return { all, p };
}

const audit = (trx: Knex, actor: Actor, action: string, disputeId: number, after: unknown, before?: unknown) =>
  insertAuditEntry(trx, { ...actor, action, entityType: 'dispute', entityId: disputeId, before, after });

/** Creates an open dispute in a case with its first positions (2–6 labels). */
export async function createDispute(db: Knex, caseId: number, input: { question: string; positions: string[] }, actor: Actor): Promise<DisputeRow> {
  if (input.positions.length < MIN_POSITIONS || input.positions.length > MAX_POSITIONS) throw fieldError('positions', `Give between ${MIN_POSITIONS} and ${MAX_POSITIONS} positions.`);
  return db.transaction(async (trx) => {
    if (!(await findCaseById(trx, caseId))) throw notFound('Case');
    const d = await insertDispute(trx, { case_id: caseId, question: input.question, status: 'open', origin: 'manual', created_by: actor.userId });
    const positions = await insertPositions(trx, input.positions.map((label, ordinal) => ({ dispute_id: d.id, label, ordinal })));
    await audit(trx, actor, 'create', d.id, { ...d, positions });
    return d;
  });
}

/** Renames the question. */
export async function renameDispute(db: Knex, id: number, version: number, question: string, actor: Actor): Promise<DisputeRow> {
  return editBoard(db, id, async (trx, before) => {
    const after = await updateDispute(trx, id, version, { question });
    if (!after) throw new ConflictError('The question', before);
    await audit(trx, actor, 'rename', id, after, before);
    return after;
  });
}

/** Adds a column at the right (at most six). */
export async function addPosition(db: Knex, id: number, label: string, actor: Actor): Promise<PositionRow> {
  return editBoard(db, id, async (trx) => {
    const all = await listPositionsForDispute(trx, id);
    if (all.length >= MAX_POSITIONS) throw new HttpError(400, `A dispute has at most ${MAX_POSITIONS} positions. Merge two first.`);
    const [p] = await insertPositions(trx, [{ dispute_id: id, label, ordinal: (all.at(-1)?.ordinal ?? -1) + 1 }]);
    await audit(trx, actor, 'add-position', id, p);
    return p!;
  });
}

/** Renames a column. */
export async function renamePosition(db: Knex, id: number, positionId: number, version: number, label: string, actor: Actor): Promise<PositionRow> {
  return editBoard(db, id, async (trx) => {
    const { p } = await positionOf(trx, id, positionId);
    const after = await updatePosition(trx, positionId, version, { label });
    if (!after) throw new ConflictError(`The position “${p.label}”`, p);
    await audit(trx, actor, 'rename-position', id, after, p);
    return after;
  });
}

/** Moves a column one place left (−1) or right (+1). */
export async function movePosition(db: Knex, id: number, positionId: number, version: number, step: -1 | 1, actor: Actor): Promise<void> {
  await editBoard(db, id, async (trx) => {
    const { all, p } = await positionOf(trx, id, positionId);
    const i = all.indexOf(p);
    const j = i + step;
    if (j < 0 || j >= all.length) return;
    const order = [...all];
    [order[i], order[j]] = [order[j]!, order[i]!];
    // Renumber 0..n−1 so gaps or ties left by deletions never make a swap a no-op.
    for (const [ordinal, q] of order.entries()) {
      if (q.ordinal === ordinal) continue;
      const ok = await updatePosition(trx, q.id, q.id === positionId ? version : q.version, { ordinal });
      if (!ok) throw new ConflictError(`The position “${p.label}”`, p);
    }
    await audit(trx, actor, 'reorder-positions', id, order.map((q) => q.id));
  });
}

/** Deletes a column (at least two stay); its cards go back to the picker. */
export async function removePosition(db: Knex, id: number, positionId: number, version: number, actor: Actor): Promise<void> {
  await editBoard(db, id, async (trx) => {
    const { all, p } = await positionOf(trx, id, positionId);
    if (all.length <= MIN_POSITIONS) throw new HttpError(400, `A dispute needs at least ${MIN_POSITIONS} positions. Add another before deleting this one.`);
    await refuseIfInVerdicts(trx, p);
    if (!(await deletePosition(trx, positionId, version))) throw new ConflictError(`The position “${p.label}”`, p);
    await audit(trx, actor, 'delete-position', id, undefined, p);
  });
}

/** Merges column `fromId` into `intoId`: its cards move over and it goes away. */
export async function mergePositions(db: Knex, id: number, fromId: number, version: number, intoId: number, actor: Actor): Promise<void> {
  await editBoard(db, id, async (trx) => {
    const { all, p } = await positionOf(trx, id, fromId);
    const into = all.find((x) => x.id === intoId && x.id !== fromId);
    if (!into) throw fieldError('into', 'Choose another position of this dispute to merge into.');
    if (all.length <= MIN_POSITIONS) throw new HttpError(400, `Merging would leave fewer than ${MIN_POSITIONS} positions. Add one first.`);
    await refuseIfInVerdicts(trx, p);
    await movePlacementsToPosition(trx, fromId, intoId);
    if (!(await deletePosition(trx, fromId, version))) throw new ConflictError(`The position “${p.label}”`, p);
    await audit(trx, actor, 'merge-positions', id, { from: p, into });
  });
}

/** Splits a column: the chosen cards move to a new column right of it. */
export async function splitPosition(db: Knex, id: number, positionId: number, version: number, label: string, placementIds: number[], actor: Actor): Promise<PositionRow> {
  return editBoard(db, id, async (trx) => {
    const { all, p } = await positionOf(trx, id, positionId);
    if (all.length >= MAX_POSITIONS) throw new HttpError(400, `A dispute has at most ${MAX_POSITIONS} positions. Merge two first.`);
    if (p.version !== version) throw new ConflictError(`The position “${p.label}”`, p);
    const mine = (await listPlacementsForDispute(trx, id)).filter((x) => x.position_id === positionId).map((x) => x.id);
    const chosen = placementIds.filter((x) => mine.includes(x));
    if (chosen.length === 0) throw fieldError('placementIds', 'Tick the cards that go to the new position.');
    // Shift the columns to the right of p, then insert the new one just after it.
    for (const q of all) if (q.ordinal > p.ordinal) await updatePosition(trx, q.id, q.version, { ordinal: q.ordinal + 1 });
    const [created] = await insertPositions(trx, [{ dispute_id: id, label, ordinal: p.ordinal + 1 }]);
    await movePlacementsToPosition(trx, positionId, created!.id, chosen);
    await audit(trx, actor, 'split-position', id, { from: p, created, placements: chosen });
    return created!;
  });
}

/** Places claims of the case at the end of a column (claims already on the board are skipped). */
export async function addClaims(db: Knex, id: number, positionId: number, claimIds: number[], actor: Actor): Promise<number> {
  return editBoard(db, id, async (trx, d) => {
    await positionOf(trx, id, positionId);
    const ok = await listCaseClaimIds(trx, d.case_id, claimIds);
    if (ok.length === 0) throw fieldError('claimIds', 'Tick at least one claim of this case.');
    const rows = await insertPlacements(trx, id, positionId, claimIds.filter((c) => ok.includes(c)));
    await audit(trx, actor, 'place-claims', id, rows);
    return rows.length;
  });
}

/** Moves a card to another column (at its end) or one place up/down within its column. */
export async function moveCard(db: Knex, id: number, placementId: number, version: number, to: { positionId?: number; step?: -1 | 1 }, actor: Actor): Promise<void> {
  await editBoard(db, id, async (trx) => {
    const all = await listPlacementsForDispute(trx, id);
    const card = all.find((x) => x.id === placementId);
    if (!card || card.version !== version) throw new ConflictError('This card', card);
    if (to.positionId !== undefined && to.positionId !== card.position_id) {
      await positionOf(trx, id, to.positionId);
      const end = Math.max(-1, ...all.filter((x) => x.position_id === to.positionId).map((x) => x.ordinal)) + 1;
      await updatePlacement(trx, placementId, version, { position_id: to.positionId, ordinal: end });
    } else if (to.step) {
      const column = all.filter((x) => x.position_id === card.position_id);
      const i = column.indexOf(card);
      const j = i + to.step;
      if (j < 0 || j >= column.length) return;
      [column[i], column[j]] = [column[j]!, column[i]!];
      for (const [ordinal, q] of column.entries()) if (q.ordinal !== ordinal) await updatePlacement(trx, q.id, q.version, { ordinal });
    }
    await audit(trx, actor, 'move-card', id, { placement: placementId, ...to }, card);
  });
}

/** Takes a card off the board (the claim itself stays in its article). */
export async function removeCard(db: Knex, id: number, placementId: number, version: number, actor: Actor): Promise<void> {
  await editBoard(db, id, async (trx) => {
    if (!(await deletePlacement(trx, placementId, version))) throw new ConflictError('This card', await listPlacementsForDispute(trx, id));
    await audit(trx, actor, 'remove-card', id, undefined, { placement: placementId });
  });
}

/** Accepts (→ open) or dismisses a suggested dispute, or reopens a dismissed one; editors toggle blind review. */
export async function changeDispute(db: Knex, id: number, version: number, changes: { status?: 'open' | 'dismissed'; blind_review?: boolean }, actor: Actor): Promise<DisputeRow> {
  return editBoard(db, id, async (trx, before) => {
    const after = await updateDispute(trx, id, version, changes);
    if (!after) throw new ConflictError('This dispute', before);
    await audit(trx, actor, changes.status ? `status-${changes.status}` : 'blind-review', id, after, before);
    return after;
  });
}
