// Form schemas for the dispute board: the question, positions, cards and matrix cells.
import { z } from 'zod';

const version = z.coerce.number().int().min(1);
const id = z.coerce.number().int().min(1).max(2_147_483_647);
/** A field that may be sent once, many times (checkboxes) or not at all. */
export const idList = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(1000));
const step = z.enum(['-1', '1']).transform((s) => Number(s) as -1 | 1);

const question = z.string().trim().min(1, 'Ask the question the positions answer.').max(500, 'Keep the question under 500 characters.');
const label = z.string().trim().min(1, 'Name the position.').max(200, 'Keep the label under 200 characters.');

export const newDisputeSchema = z.object({
  question,
  // One position per line, so the form works as a single textarea without JavaScript.
  positions: z
    .string()
    .default('')
    .transform((s) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(label).min(2, 'Give at least two positions, one per line.').max(6, 'Give at most six positions.')),
});

export const questionSchema = z.object({ version, question });
export const newPositionSchema = z.object({ label });
export const positionLabelSchema = z.object({ version, label });
export const positionMoveSchema = z.object({ version, step });
export const positionDeleteSchema = z.object({ version });
export const mergeSchema = z.object({ version, into: id });
export const splitSchema = z.object({ version, label, placementIds: idList });
export const addClaimsSchema = z.object({ positionId: id, claimIds: idList });
export const moveCardSchema = z
  .object({ version, positionId: z.preprocess((v) => (v === '' ? undefined : v), id.optional()), step: step.optional() })
  .refine((v) => v.positionId !== undefined || v.step !== undefined, { message: 'Choose where the card goes.', path: ['positionId'] });
export const removeCardSchema = z.object({ version });
export const disputeStatusSchema = z.object({ version, status: z.enum(['open', 'dismissed']) });
export const blindSchema = z.object({ version, blind: z.enum(['on', 'off']).transform((v) => v === 'on') });
// The matrix is one form whose cell buttons each submit `cell=claimId:positionId:mark`
// (one form instead of one per cell keeps a 60-claim board's HTML small); separate fields work too.
const splitCell = (body: unknown) => {
  const cell = (body as { cell?: unknown } | null)?.cell;
  const m = typeof cell === 'string' ? /^(\d+):(\d+):([a-z]+)$/.exec(cell) : null;
  return m ? { ...(body as object), claimId: m[1], positionId: m[2], mark: m[3] } : body;
};
export const markSchema = z.preprocess(splitCell, z.object({ claimId: id, positionId: id, mark: z.enum(['consistent', 'inconsistent', 'neutral']) }));
