// Form schemas for recording and publishing verdicts.
import { z } from 'zod';
import { CONFIDENCE_LEVELS, LIKELIHOOD_LEVELS } from '../domain/grades';
import { idList } from './disputes';

/** 'p12' (position 12 is best supported), 'conflicting' or 'insufficient_evidence'. */
const outcome = z
  .string({ message: 'Choose an outcome.' })
  .regex(/^(p\d{1,10}|conflicting|insufficient_evidence)$/, 'Choose an outcome.')
  .transform((v) => (v.startsWith('p') ? { outcome: 'position' as const, positionId: Number(v.slice(1)) } : { outcome: v as 'conflicting' | 'insufficient_evidence', positionId: undefined }));

const judgement = {
  outcome,
  likelihood: z.enum(LIKELIHOOD_LEVELS as [string, ...string[]], { message: 'Choose a likelihood.' }),
  confidence: z.enum(CONFIDENCE_LEVELS, { message: 'Choose your confidence.' }),
  rationale: z.string().trim().min(1, 'Explain the verdict: the rationale is required.').max(20000, 'Keep the rationale under 20,000 characters.'),
  evidence: idList,
};

export const verdictSchema = z.object({
  ...judgement,
  previousId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number().int().min(1).nullable()),
});

const correctionNote = z.string().trim().max(2000, 'Keep the note under 2,000 characters.').default('');

export const adoptSchema = z.object({ adoptId: z.coerce.number().int().min(1), correctionNote });
export const ownVerdictSchema = z.object({ ...judgement, correctionNote });
