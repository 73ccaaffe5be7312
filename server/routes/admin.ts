// Administration: user accounts and the audit log (admins only; enforced by the route table).
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { listAuditEntries, listAuditEntityTypes } from '../../db/audit';
import { listUsers } from '../../db/users';
import { ROLES } from '../auth/roles';
import { HttpError } from '../errors';
import { actorOf } from '../lib/actor';
import { validateForm } from '../lib/forms';
import { parseId } from '../lib/params';
import { auditFilterSchema, changeUserSchema, newUserSchema } from '../schemas/users';
import { changeUser, createUser } from '../services/users';

const PAGE_SIZE = 50;

/** GET /admin/users */
export function showUsers(db: Db): RequestHandler {
  return async (_req, res) => {
    res.render('admin/users', { title: 'Users', users: await listUsers(db), roles: ROLES, values: {}, errors: {}, message: undefined });
  };
}

/** POST /admin/users — create an account. */
export function submitNewUser(db: Db): RequestHandler {
  return async (req, res) => {
    const form = validateForm(newUserSchema, req.body);
    const rerender = async (status: number, errors: Record<string, string>, values: Record<string, string>) =>
      res.status(status).render('admin/users', { title: 'Users', users: await listUsers(db), roles: ROLES, values, errors, message: undefined });
    if (!form.ok) return rerender(400, form.errors, form.values);
    try {
      await createUser(db, form.data, actorOf(req));
    } catch (err) {
      if (err instanceof HttpError && err.status === 400) return rerender(400, err.fields, { ...req.body, password: '' });
      throw err;
    }
    res.redirect(303, '/admin/users');
  };
}

/** POST /admin/users/:id — change role, disable or enable. */
export function submitUserChange(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    const form = validateForm(changeUserSchema, req.body);
    if (!form.ok) throw new HttpError(400, 'That change could not be understood.');
    try {
      await changeUser(db, id, form.data.version, form.data, actorOf(req));
    } catch (err) {
      if (err instanceof HttpError && (err.status === 409 || err.status === 400)) {
        return res.status(err.status).render('admin/users', { title: 'Users', users: await listUsers(db), roles: ROLES, values: {}, errors: {}, message: err.message });
      }
      throw err;
    }
    res.redirect(303, '/admin/users');
  };
}

/** GET /admin/audit — newest first, filterable by user, entity type and dates. */
export function showAudit(db: Db): RequestHandler {
  return async (req, res) => {
    const f = auditFilterSchema.parse(req.query);
    const filter = { userId: f.user, entityType: f.entity, from: f.from, to: f.to };
    const [entries, users, entityTypes] = await Promise.all([
      listAuditEntries(db, filter, PAGE_SIZE + 1, (f.page - 1) * PAGE_SIZE),
      listUsers(db),
      listAuditEntityTypes(db),
    ]);
    res.render('admin/audit', {
      title: 'Audit log',
      entries: entries.slice(0, PAGE_SIZE),
      hasMore: entries.length > PAGE_SIZE,
      filter: f,
      users,
      entityTypes,
    });
  };
}
