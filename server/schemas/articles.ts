// Form schema for a new article (the text comes from the textarea or an uploaded file).
import { z } from 'zod';

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), s.optional());

export const newArticleSchema = z.object({
  title: z.string().trim().min(1, 'Give the article a title.').max(500, 'Keep the title under 500 characters.'),
  publisher: z.string().trim().max(200, 'Keep the publisher under 200 characters.').default(''),
  url: optional(z.string().trim().max(2000, 'That URL is too long.').regex(/^https?:\/\/\S+$/i, 'Enter a web address starting with http:// or https://.')),
  publishedOn: optional(
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD.')
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'That date does not exist.'),
  ),
  text: z.string().default(''),
});
