// Shared plumbing for the board's form posts: parse the id, validate with the form's
// schema, run the service, then redirect back to the board (POST → redirect → GET).
// Known failures (400 fields, 409 conflict or lock) re-render the board with the message
// and the current state, so nothing the reviewer typed is silently lost.
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import * as GRADES from '../domain/grades';
import { HttpError, notFound } from '../errors';
import { actorOf } from '../lib/actor';
import { validateForm } from '../lib/forms';
import { parseId } from '../lib/params';
import { loadBoard, type Board } from '../services/board';
import type { Actor } from '../services/users';

export interface BoardProblem {
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** Which form the problem belongs to, so the page can open it. */
  form?: string;
}

/** Renders the board for the signed-in viewer with `problem` shown, at `status`. */
export async function renderBoard(db: Db, req: Request, res: Response, disputeId: number, status = 200, problem: BoardProblem = {}): Promise<void> {
  const user = req.user!;
  // ?picker opens the picker; ?q= narrows it without JavaScript (board.js also filters the
  // listed ones as you type).
  const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 200) : '';
  const withPicker = req.query.picker !== undefined || req.query.q !== undefined || problem.form === 'picker';
  const board = await loadBoard(db, disputeId, { id: user.id, role: user.role }, withPicker ? { picker: { q: q || undefined } } : {});
  if (!board) throw notFound('Dispute');
  const focus = focusedCard(board, req.query.card, problem.form);
  const openPosition = focusedPosition(board, req.query.position);
  res.status(status).render('disputes/board', {
    title: board.dispute.question,
    board,
    grades: GRADES,
    message: problem.message,
    errors: problem.errors ?? {},
    values: problem.values ?? {},
    openForm: problem.form ?? (withPicker ? 'picker' : undefined),
    focus,
    openPosition,
    pickerQuery: q,
  });
}

/** The placement whose card tools are open: the one asked for with ?card=, or the card a
 * failed card form ("card-<placement>") or grade form ("grade-<claim>") belongs to. */
export function focusedCard(board: Board, asked: unknown, form: string | undefined): number | undefined {
  const cards = board.columns.flatMap((col) => col.cards);
  const [kind, id] = form?.split('-') ?? [];
  if (kind === 'card') return cards.find((c) => String(c.placement_id) === id)?.placement_id;
  if (kind === 'grade') return cards.find((c) => String(c.id) === id)?.placement_id;
  const placement = askedId(asked);
  return cards.find((c) => c.placement_id === placement)?.placement_id;
}

/** The column whose tools are open: the one asked for (?position=) if it is on the board
 * (a refused form opens its own through openForm). */
export function focusedPosition(board: Board, asked: unknown): number | undefined {
  const id = askedId(asked);
  return board.columns.find((col) => col.position.id === id)?.position.id;
}

/** An id from the query string, or undefined for anything else. */
function askedId(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

/** What the reviewer sent, for redisplay: ticked boxes stay lists, the CSRF token is dropped. */
function typed(body: unknown): Record<string, string> {
  const { _csrf: _token, ...rest } = (body ?? {}) as Record<string, string>;
  return rest;
}

type Act<T> = (data: T, ids: { disputeId: number; sub?: number }, actor: Actor & { userId: number }) => Promise<string | void>;

/** A board form post: `schema` validates the body, `act` returns the anchor to come back to. */
export function boardAction<S extends z.ZodType>(db: Db, form: string, schema: S, act: Act<z.infer<S>>, sub?: string): RequestHandler {
  return async (req, res) => {
    const disputeId = parseId(req.params.id);
    const subId = sub ? parseId(req.params[sub]) : undefined;
    const parsed = validateForm(schema, req.body);
    if (!parsed.ok) return renderBoard(db, req, res, disputeId, 400, { errors: parsed.errors, values: parsed.values, form: subId ? `${form}-${subId}` : form });
    try {
      const anchor = await act(parsed.data, { disputeId, sub: subId }, { ...actorOf(req), userId: req.user!.id });
      res.redirect(303, `/disputes/${disputeId}${anchor ? `#${anchor}` : ''}`);
    } catch (err) {
      if (!(err instanceof HttpError) || ![400, 409].includes(err.status)) throw err;
      await renderBoard(db, req, res, disputeId, err.status, { message: err.message, errors: err.fields, values: typed(req.body), form: subId ? `${form}-${subId}` : form });
    }
  };
}
