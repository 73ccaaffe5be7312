// Articles: the new-article form (paste or upload) and the article page.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { findCaseById } from '../../db/cases';
import { extractAttributions } from '../engine';
import { HttpError, notFound } from '../errors';
import { actorOf } from '../lib/actor';
import { dict } from '../lib/dict';
import { validateForm } from '../lib/forms';
import { parseId } from '../lib/params';
import { newArticleSchema } from '../schemas/articles';
import { articleText } from '../services/article-text';
import { seedArticle } from '../services/articles';
import { refreshSuggestions } from '../services/suggestions';
import { loadArticlePage, type ArticlePage } from '../services/article-page';
import * as GRADES from '../domain/grades';

const NOTICES = dict({
  duplicate: 'This text is already in the case, so nothing new was stored. Here is the article.',
  saved: 'Saved.',
});

/** GET /cases/:id/articles/new */
export function newArticleForm(db: Db): RequestHandler {
  return async (req, res) => {
    const kase = await findCaseById(db, parseId(req.params.id));
    if (!kase) throw notFound('Case');
    res.render('articles/new', { title: 'Add article', kase, values: {}, errors: {}, message: undefined });
  };
}

/** POST /cases/:id/articles — store the article with everything extracted from it, at once. */
export function submitNewArticle(db: Db): RequestHandler {
  return async (req, res) => {
    const kase = await findCaseById(db, parseId(req.params.id));
    if (!kase) throw notFound('Case');
    const rerender = (status: number, errors: Record<string, string>, values: Record<string, string>, message?: string) =>
      res.status(status).render('articles/new', { title: 'Add article', kase, values, errors, message });
    if (kase.status !== 'open') return rerender(400, {}, {}, 'This case is archived. Reopen it to add articles.');
    const form = validateForm(newArticleSchema, req.body);
    if (!form.ok) return rerender(400, form.errors, form.values);
    let seeded;
    try {
      const text = articleText(form.data.text, req.file);
      seeded = await seedArticle(
        db,
        { caseId: kase.id, title: form.data.title, publisher: form.data.publisher, url: form.data.url ?? null, publishedOn: form.data.publishedOn ?? null, text, userId: req.user!.id, requestId: actorOf(req).requestId },
        extractAttributions,
      );
    } catch (err) {
      if (err instanceof HttpError && err.status === 400) return rerender(400, err.fields, { ...req.body });
      throw err;
    }
    // A new article can create new disagreements: the case page then lists them as suggestions.
    if (seeded.created) await refreshSuggestions(db, kase.id, undefined, actorOf(req));
    res.redirect(303, `/articles/${seeded.article.id}${seeded.created ? '' : '?notice=duplicate'}`);
  };
}

/** GET /articles/:id — the text with every claim highlighted, and the review panel. */
export function showArticle(db: Db): RequestHandler {
  return async (req, res) => {
    const showRejected = req.query.rejected === '1';
    const page = await loadArticlePage(db, parseId(req.params.id), { showRejected });
    if (!page) throw notFound('Article');
    // ?edit=ID opens that claim's grade and correct forms.
    const edit = typeof req.query.edit === 'string' && /^\d{1,12}$/.test(req.query.edit) ? Number(req.query.edit) : undefined;
    res.render('articles/show', articleLocals(page, showRejected, { notice: NOTICES[String(req.query.notice)], editing: edit }));
  };
}

/** Locals for articles/show.ejs; `extra` carries add-claim form values/errors, a message, or
 * `editing` (the claim whose forms are open). */
export function articleLocals(page: ArticlePage, showRejected: boolean, extra: object = {}) {
  return { title: page.article.title, page, showRejected, grades: GRADES, notice: undefined, message: undefined, addValues: {}, addErrors: {}, editing: undefined, ...extra };
}
