// Form schemas for cases.
import { z } from 'zod';

const title = z.string().trim().min(1, 'Give the case a title.').max(300, 'Keep the title under 300 characters.');
const description = z.string().trim().max(5000, 'Keep the description under 5,000 characters.').default('');

export const newCaseSchema = z.object({ title, description });

export const editCaseSchema = z.object({
  version: z.coerce.number().int().min(1),
  title,
  description,
});

export const caseStatusSchema = z.object({
  version: z.coerce.number().int().min(1),
  status: z.enum(['open', 'archived']),
});
