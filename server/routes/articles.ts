// Article page: the full text of one seeded article.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { findArticleById } from '../../db/articles';
import { findCaseById } from '../../db/cases';
import { notFound } from '../errors';
import { parseId } from '../lib/params';
import { paragraphs } from '../lib/text';

/** GET /articles/:id */
export function showArticle(db: Db): RequestHandler {
  return async (req, res) => {
    const article = await findArticleById(db, parseId(req.params.id));
    if (!article) throw notFound('Article');
    const kase = await findCaseById(db, article.case_id);
    res.render('articles/show', { title: article.title, article, kase, paragraphs: paragraphs(article.body) });
  };
}
