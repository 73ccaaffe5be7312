// Lining up on the board: positions (add, rename, reorder, delete, merge, split), cards
// (add from the picker, move, reorder, remove), grading in place and matrix cells.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { gradeSchema } from '../schemas/claims';
import { addClaimsSchema, markSchema, mergeSchema, moveCardSchema, newPositionSchema, positionDeleteSchema, positionLabelSchema, positionMoveSchema, removeCardSchema, splitSchema } from '../schemas/disputes';
import { gradeClaim } from '../services/claims';
import { setMark } from '../services/consistency';
import { addClaims, addPosition, mergePositions, moveCard, movePosition, removeCard, removePosition, renamePosition, splitPosition } from '../services/disputes';
import { boardAction } from './board-action';

/** POST /disputes/:id/positions — add a column. */
export function submitNewPosition(db: Db): RequestHandler {
  return boardAction(db, 'add-position', newPositionSchema, async (f, { disputeId }, actor) => `position-${(await addPosition(db, disputeId, f.label, actor)).id}`);
}

/** POST /disputes/:id/positions/:pid — rename a column. */
export function submitPositionLabel(db: Db): RequestHandler {
  return boardAction(db, 'position', positionLabelSchema, async (f, { disputeId, sub }, actor) => {
    await renamePosition(db, disputeId, sub!, f.version, f.label, actor);
    return `position-${sub}`;
  }, 'pid');
}

/** POST /disputes/:id/positions/:pid/move — one place left or right. */
export function submitPositionMove(db: Db): RequestHandler {
  return boardAction(db, 'position', positionMoveSchema, async (f, { disputeId, sub }, actor) => {
    await movePosition(db, disputeId, sub!, f.version, f.step, actor);
    return `position-${sub}`;
  }, 'pid');
}

/** POST /disputes/:id/positions/:pid/delete */
export function submitPositionDelete(db: Db): RequestHandler {
  return boardAction(db, 'position', positionDeleteSchema, async (f, { disputeId, sub }, actor) => {
    await removePosition(db, disputeId, sub!, f.version, actor);
  }, 'pid');
}

/** POST /disputes/:id/positions/:pid/merge — into another column. */
export function submitPositionMerge(db: Db): RequestHandler {
  return boardAction(db, 'position', mergeSchema, async (f, { disputeId, sub }, actor) => {
    await mergePositions(db, disputeId, sub!, f.version, f.into, actor);
    return `position-${f.into}`;
  }, 'pid');
}

/** POST /disputes/:id/positions/:pid/split — chosen cards to a new column. */
export function submitPositionSplit(db: Db): RequestHandler {
  return boardAction(db, 'position', splitSchema, async (f, { disputeId, sub }, actor) => {
    return `position-${(await splitPosition(db, disputeId, sub!, f.version, f.label, f.placementIds, actor)).id}`;
  }, 'pid');
}

/** POST /disputes/:id/claims — place claims from the picker. */
export function submitAddClaims(db: Db): RequestHandler {
  return boardAction(db, 'picker', addClaimsSchema, async (f, { disputeId }, actor) => {
    await addClaims(db, disputeId, f.positionId, f.claimIds, actor);
    return `position-${f.positionId}`;
  });
}

/** POST /disputes/:id/cards/:cid/move — to another column, or up / down. */
export function submitCardMove(db: Db): RequestHandler {
  return boardAction(db, 'card', moveCardSchema, async (f, { disputeId, sub }, actor) => {
    await moveCard(db, disputeId, sub!, f.version, { positionId: f.positionId, step: f.step }, actor);
    return `card-${sub}`;
  }, 'cid');
}

/** POST /disputes/:id/cards/:cid/remove — off the board. */
export function submitCardRemove(db: Db): RequestHandler {
  return boardAction(db, 'card', removeCardSchema, async (f, { disputeId, sub }, actor) => {
    await removeCard(db, disputeId, sub!, f.version, actor);
  }, 'cid');
}

/** POST /disputes/:id/claims/:cid/grade — credibility and confidence, from the board. */
export function submitBoardGrade(db: Db): RequestHandler {
  return boardAction(db, 'grade', gradeSchema, async (f, { sub }, actor) => {
    await gradeClaim(db, sub!, f.version, f, actor);
    return `claim-${sub}`;
  }, 'cid');
}

/** POST /disputes/:id/marks — one cell of the consistency matrix. */
export function submitMark(db: Db): RequestHandler {
  return boardAction(db, 'matrix', markSchema, async (f, { disputeId }, actor) => {
    await setMark(db, disputeId, { claim_id: f.claimId, position_id: f.positionId, mark: f.mark }, actor);
    return 'matrix';
  });
}
