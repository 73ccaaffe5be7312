// Search: full text over articles, claims and sources, from the box in the header.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { searchEverything } from '../services/search';
import { searchQuerySchema } from '../schemas/search';

/** GET /search?q= — three sections of results; an empty or over-long query gets a message, not an error page. */
export function showSearch(db: Db): RequestHandler {
  return async (req, res) => {
    const parsed = searchQuerySchema.safeParse({ q: typeof req.query.q === 'string' ? req.query.q : '' });
    if (!parsed.success) {
      const q = String(req.query.q).slice(0, 200);
      return res.status(400).render('search/index', { title: 'Search', q, searchQuery: q, results: undefined, message: parsed.error.issues[0]!.message });
    }
    const { q } = parsed.data;
    const results = q ? await searchEverything(db, q) : undefined;
    res.render('search/index', { title: q ? `Search: ${q}` : 'Search', q, searchQuery: q, results, message: undefined });
  };
}
