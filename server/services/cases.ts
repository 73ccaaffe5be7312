// Cases: create, rename, archive. Each write is audit-logged in its transaction, and
// edits carry the version the reviewer saw, so a concurrent edit is never overwritten.
import type { Knex } from 'knex';
import { insertAuditEntry } from '../../db/audit';
import { findCaseById, insertCase, updateCase, type CaseRow } from '../../db/cases';
import { ConflictError, notFound } from '../errors';
import type { Actor } from './users';

/** Creates a case. */
export async function createCase(db: Knex, input: { title: string; description: string }, actor: Actor): Promise<CaseRow> {
  return db.transaction(async (trx) => {
    const row = await insertCase(trx, { ...input, created_by: actor.userId });
    await insertAuditEntry(trx, { ...actor, action: 'create', entityType: 'case', entityId: row.id, after: row });
    return row;
  });
}

/** Renames / re-describes or archives a case at the version the reviewer saw. */
export async function changeCase(
  db: Knex,
  id: number,
  version: number,
  changes: Partial<Pick<CaseRow, 'title' | 'description' | 'status'>>,
  actor: Actor,
): Promise<CaseRow> {
  return db.transaction(async (trx) => {
    const before = await findCaseById(trx, id);
    if (!before) throw notFound('Case');
    const after = await updateCase(trx, id, version, changes);
    if (!after) throw new ConflictError(`The case "${before.title}"`, before);
    const action = changes.status && changes.status !== before.status ? (changes.status === 'archived' ? 'archive' : 'reopen') : 'update';
    await insertAuditEntry(trx, { ...actor, action, entityType: 'case', entityId: id, before, after });
    return after;
  });
}
