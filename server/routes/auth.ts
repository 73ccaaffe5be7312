// Sign in, sign out, and the one-time "create the first admin" page.
import type { Request, RequestHandler } from 'express';
import type { Config } from '../config';
import type { Db } from '../../db/connection';
import { anyUserExists, type PublicUser } from '../../db/users';
import { HttpError } from '../errors';
import { validateForm } from '../lib/forms';
import { firstAdminSchema, safeNext, signInSchema } from '../schemas/users';
import { createFirstAdmin, signIn } from '../services/users';

/** Starts a fresh session for `user` (a new id: the pre-sign-in id is worthless afterwards). */
async function startSession(req: Request, user: PublicUser): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  req.session.userId = user.id;
  req.session.signedInAt = Date.now();
  await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

/** GET /login */
export function showSignIn(db: Db): RequestHandler {
  return async (req, res) => {
    if (req.user) return res.redirect(303, '/');
    if (!(await anyUserExists(db))) return res.redirect(303, '/setup');
    res.render('auth/login', { title: 'Sign in', values: { next: String(req.query.next ?? '') }, errors: {}, message: undefined });
  };
}

/** POST /login */
export function submitSignIn(db: Db, config: Config): RequestHandler {
  return async (req, res) => {
    const form = validateForm(signInSchema, req.body);
    if (!form.ok) return res.status(400).render('auth/login', { title: 'Sign in', ...form, message: undefined });
    const result = await signIn(
      db,
      { email: form.data.email, password: form.data.password, ip: req.ip ?? 'unknown' },
      { maxFailures: config.loginMaxFailures, windowMs: config.loginWindowMs },
    );
    if (!result.ok) {
      const minutes = Math.round(config.loginWindowMs / 60_000);
      const message = result.throttled
        ? `Too many failed sign-in attempts. Wait ${minutes} minutes and try again.`
        : 'Email or password is incorrect.';
      const values = { email: form.data.email, next: form.data.next ?? '' };
      return res.status(result.throttled ? 429 : 401).render('auth/login', { title: 'Sign in', values, errors: {}, message });
    }
    await startSession(req, result.user);
    res.redirect(303, safeNext(form.data.next));
  };
}

/** POST /logout */
export const signOut: RequestHandler = async (req, res) => {
  await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
  res.redirect(303, '/login');
};

/** GET /setup — only while no account exists. */
export function showSetup(db: Db): RequestHandler {
  return async (_req, res) => {
    if (await anyUserExists(db)) throw new HttpError(404, 'Crosscheck is already set up. Sign in instead.');
    res.render('auth/setup', { title: 'Create the first admin', values: {}, errors: {} });
  };
}

/** POST /setup */
export function submitSetup(db: Db): RequestHandler {
  return async (req, res) => {
    if (await anyUserExists(db)) throw new HttpError(404, 'Crosscheck is already set up. Sign in instead.');
    const form = validateForm(firstAdminSchema, req.body);
    if (!form.ok) return res.status(400).render('auth/setup', { title: 'Create the first admin', ...form });
    const user = await createFirstAdmin(db, form.data, String(req.id));
    if (!user) throw new HttpError(404, 'Crosscheck is already set up. Sign in instead.');
    await startSession(req, user);
    res.redirect(303, '/');
  };
}
