// Form schemas for reviewing, grading, correcting and adding claims.
import { z } from 'zod';
import { CLAIM_MODES, CONFIDENCE_LEVELS, SOURCE_KINDS } from '../domain/grades';

const version = z.coerce.number().int().min(1);
const returnTo = z.string().regex(/^\/articles\/\d+(\?rejected=1)?$/).optional().catch(undefined);
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const reviewSchema = z.object({
  version,
  status: z.enum(['accepted', 'rejected', 'pending']),
  returnTo,
});

export const gradeSchema = z.object({
  version,
  credibility: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(6).optional()),
  confidence: z.preprocess(emptyToUndefined, z.enum(CONFIDENCE_LEVELS).optional()),
  returnTo,
});

/** Source choice shared by correcting and adding: an existing id, none, or a new name. */
const sourceChoice = {
  sourceId: z.string().regex(/^(\d+|new)?$/, 'Choose a source.').default(''),
  newSourceName: z.string().trim().max(300, 'Keep the name under 300 characters.').default(''),
  newSourceKind: z.enum(SOURCE_KINDS).default('person'),
};

const claimFields = {
  ...sourceChoice,
  quote: z.string().trim().min(1, 'Type the claim’s words as they appear in the article.').max(20000, 'That is longer than a claim.'),
  cue: z.string().trim().max(200, 'Keep the cue under 200 characters.').default(''),
  mode: z.enum(CLAIM_MODES).default('indirect'),
};

const needsName = (v: { sourceId: string; newSourceName: string }) => v.sourceId !== 'new' || v.newSourceName.length > 0;
const nameMessage = { path: ['newSourceName'], message: 'Name the new source.' };

export const correctSchema = z
  .object({ version, ...claimFields, hedges: z.string().max(500).default(''), returnTo })
  .refine(needsName, nameMessage);

export const addClaimSchema = z
  .object({ ...claimFields, prefix: z.string().max(200).default('') })
  .refine(needsName, nameMessage);
