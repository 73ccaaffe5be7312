// Sources: the registry directory, a source's page (claims across cases, aliases, merge
// history), edits, aliases and merging duplicates. Every form posts back to the page.
import type { RequestHandler, Response } from 'express';
import type { Db } from '../../db/connection';
import { listSourceDirectory, type SourceRow } from '../../db/sources';
import * as GRADES from '../domain/grades';
import { ConflictError, HttpError, notFound } from '../errors';
import { actorOf } from '../lib/actor';
import { initials } from '../lib/highlight';
import { validateForm } from '../lib/forms';
import { parseId } from '../lib/params';
import { aliasSchema, directoryQuerySchema, editSourceSchema, findQuerySchema, mergeSchema } from '../schemas/sources';
import { addSourceAlias, editSource, removeSourceAlias } from '../services/source-edits';
import { mergeSources } from '../services/source-merge';
import { loadSourcePage } from '../services/source-page';

/** Sources per directory page. */
export const PAGE_SIZE = 50;

/** GET /sources — the registry, filtered by kind and text, 50 a page. */
export function listSources(db: Db): RequestHandler {
  return async (req, res) => {
    const query = directoryQuerySchema.parse(req.query);
    const { rows, total } = await listSourceDirectory(db, { kind: query.kind, text: query.q }, PAGE_SIZE, (query.page - 1) * PAGE_SIZE);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    res.render('sources/index', { title: 'Sources', sources: rows, total, query, pages, grades: GRADES });
  };
}

/** Renders a source's page; `extra` carries form values, errors and messages (and the status to answer with). */
async function renderSource(db: Db, res: Response, id: number, extra: { status?: number; find?: string; [k: string]: unknown } = {}): Promise<void> {
  const page = await loadSourcePage(db, id, extra.find);
  if (!page) throw notFound('Source');
  if ('redirectTo' in page) return res.redirect(303, `/sources/${page.redirectTo}`);
  const { status = 200, ...locals } = extra;
  res.status(status).render('sources/show', {
    title: page.source.name, page, grades: GRADES, label: initials(page.source.name), notice: undefined, values: {}, errors: {}, mergeErrors: {}, message: undefined, editing: false, ...locals,
  });
}

/** GET /sources/:id — a source, its aliases and every claim it made, by case and article. */
export function showSource(db: Db): RequestHandler {
  return async (req, res) => {
    const { find, merged } = findQuerySchema.parse(req.query);
    const notice = merged ? `Source #${merged} was merged into this one; its claims and spellings are now here.` : undefined;
    await renderSource(db, res, parseId(req.params.id), { find, notice });
  };
}

/** POST /sources/:id — name, kind, affiliation, description, reliability. */
export function submitSourceEdit(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    const form = validateForm(editSourceSchema, req.body);
    if (!form.ok) return renderSource(db, res, id, { status: 400, values: form.values, errors: form.errors, editing: true });
    try {
      await editSource(db, id, form.data.version, form.data, actorOf(req));
    } catch (err) {
      if (err instanceof ConflictError) {
        // The form shows the current values; what was typed is offered alongside, not lost.
        const current = err.current as SourceRow;
        return renderSource(db, res, id, { status: 409, message: err.message, editing: true, values: { ...current, reliability: current.reliability ?? '' }, typed: form.data });
      }
      if (err instanceof HttpError && err.status === 400) return renderSource(db, res, id, { status: 400, values: req.body, errors: err.fields, editing: true });
      throw err;
    }
    res.redirect(303, `/sources/${id}`);
  };
}

/** POST /sources/:id/aliases — add a spelling. */
export function submitAlias(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    const form = validateForm(aliasSchema, req.body);
    if (!form.ok) return renderSource(db, res, id, { status: 400, message: form.errors.alias });
    await addSourceAlias(db, id, form.data.alias, actorOf(req));
    res.redirect(303, `/sources/${id}#aliases`);
  };
}

/** POST /sources/:id/aliases/:aliasId/delete — remove a spelling. */
export function submitAliasDelete(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    await removeSourceAlias(db, id, parseId(req.params.aliasId), actorOf(req));
    res.redirect(303, `/sources/${id}#aliases`);
  };
}

/** POST /sources/:id/merge — merge this source into `intoId` (editors). */
export function submitMerge(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    const form = validateForm(mergeSchema, req.body);
    if (!form.ok) return renderSource(db, res, id, { status: 400, mergeErrors: form.errors });
    try {
      const result = await mergeSources(db, id, form.data.version, form.data.intoId, actorOf(req));
      res.redirect(303, `/sources/${result.survivor.id}?merged=${id}`);
    } catch (err) {
      if (!(err instanceof HttpError) || ![400, 409].includes(err.status)) throw err;
      const mergeErrors = err instanceof ConflictError ? { intoId: err.message } : err.fields;
      return renderSource(db, res, id, { status: err.status, mergeErrors });
    }
  };
}
