// Form and query schemas for the sources directory, source edits, aliases and merges.
import { z } from 'zod';
import { RELIABILITY_LEVELS, SOURCE_KINDS } from '../domain/grades';

const version = z.coerce.number().int().min(1);
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** GET /sources?kind=&q=&page= — bad values fall back to no filter / page 1 rather than an error. */
export const directoryQuerySchema = z.object({
  kind: z.preprocess(emptyToUndefined, z.enum(SOURCE_KINDS).optional()).catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).default(1).catch(1),
});

export const editSourceSchema = z.object({
  version,
  name: z.string().trim().min(1, 'Give the source a name.').max(300, 'Keep the name under 300 characters.'),
  kind: z.enum(SOURCE_KINDS, 'Choose a kind.'),
  affiliation: z.string().trim().max(300, 'Keep the affiliation under 300 characters.').default(''),
  description: z.string().trim().max(2000, 'Keep the description under 2,000 characters.').default(''),
  // '' is "ungraded": the column is null.
  reliability: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(RELIABILITY_LEVELS, 'Choose a grade from A to F, or ungraded.').nullable()),
});

export const aliasSchema = z.object({
  alias: z.string().trim().min(1, 'Type the spelling to add.').max(300, 'Keep the alias under 300 characters.'),
});

export const mergeSchema = z.object({
  version,
  intoId: z.coerce.number({ error: 'Choose the source to keep.' }).int().min(1, 'Choose the source to keep.'),
});

/** GET /sources/:id?find=&merged= — the merge form's search for other sources. */
export const findQuerySchema = z.object({
  find: z.string().trim().max(200).optional().catch(undefined),
  /** Set after a merge, to say what happened. */
  merged: z.coerce.number().int().min(1).optional().catch(undefined),
});
