// Editing a registry source: its name, kind, affiliation, description and reliability,
// and the spellings (aliases) it is known by. Edits carry the version the reviewer saw;
// every change is audit-logged in its transaction.
import type { Knex } from 'knex';
import { insertAuditEntry } from '../../db/audit';
import { deleteSourceAlias, findSourceById, insertSourceAlias, updateSource, type SourceRow } from '../../db/sources';
import type { Reliability, SOURCE_KINDS } from '../domain/grades';
import { ConflictError, HttpError, notFound } from '../errors';
import { normaliseSourceName } from '../sources/match';
import type { Actor } from './users';

export interface SourceEdit {
  name: string;
  kind: (typeof SOURCE_KINDS)[number];
  affiliation: string;
  description: string;
  reliability: Reliability | null;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

/** A source that is still in the registry (not merged away), inside `trx`. */
async function liveSource(trx: Knex, id: number) {
  const source = await findSourceById(trx, id);
  if (!source) throw notFound('Source');
  if (source.merged_into_id) throw new HttpError(400, 'This source was merged into another; edit that one instead.');
  return source;
}

/** Changes a source at the version the reviewer saw; a rename keeps the old name as an alias, so matching still finds it. */
export async function editSource(db: Knex, id: number, version: number, edit: SourceEdit, actor: Actor): Promise<SourceRow> {
  try {
    return await db.transaction(async (trx) => {
      const before = await liveSource(trx, id);
      const after = await updateSource(trx, id, version, { ...edit, normalized_name: normaliseSourceName(edit.name) });
      if (!after) throw new ConflictError(`The source "${before.name}"`, before);
      if (after.name !== before.name) {
        await insertSourceAlias(trx, { source_id: id, alias: before.name, normalized_alias: before.normalized_name });
      }
      const { aliases: _aliases, ...row } = before;
      await insertAuditEntry(trx, { ...actor, action: 'update', entityType: 'source', entityId: id, before: row, after });
      return after;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    throw new HttpError(400, 'Please correct the highlighted fields.', {
      name: 'Another source of this kind already has this name. If they are the same, merge them instead.',
    });
  }
}

/** Records another spelling of a source (no-op when already recorded). */
export async function addSourceAlias(db: Knex, id: number, alias: string, actor: Actor): Promise<void> {
  await db.transaction(async (trx) => {
    await liveSource(trx, id);
    const added = await insertSourceAlias(trx, { source_id: id, alias, normalized_alias: normaliseSourceName(alias) });
    if (added) await insertAuditEntry(trx, { ...actor, action: 'add_alias', entityType: 'source', entityId: id, after: { alias } });
  });
}

/** Removes one spelling of a source; a 404 when it is not one of its aliases. */
export async function removeSourceAlias(db: Knex, id: number, aliasId: number, actor: Actor): Promise<void> {
  await db.transaction(async (trx) => {
    await liveSource(trx, id);
    const removed = await deleteSourceAlias(trx, id, aliasId);
    if (!removed) throw notFound('Alias');
    await insertAuditEntry(trx, { ...actor, action: 'remove_alias', entityType: 'source', entityId: id, before: removed });
  });
}
