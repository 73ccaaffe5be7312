// Query schema for GET /search.
import { z } from 'zod';

/** Longest query accepted; longer ones get a message instead of a search. */
export const MAX_QUERY_LENGTH = 200;

export const searchQuerySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, `Keep the search under ${MAX_QUERY_LENGTH} characters.`).default(''),
});
