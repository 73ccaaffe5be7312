// SQL for the audit log (append-only: there is no update or delete here, and a trigger refuses them).
import type { Knex } from 'knex';

export interface AuditEntry {
  userId: number | null;
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export interface AuditRow {
  id: string;
  user_id: number | null;
  user_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  created_at: Date;
}

export interface AuditFilter {
  userId?: number;
  entityType?: string;
  from?: string;
  to?: string;
}

/** Appends one entry; call it inside the transaction that makes the change. */
export async function insertAuditEntry(db: Knex, e: AuditEntry): Promise<void> {
  await db('audit_log').insert({
    user_id: e.userId,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId === null ? null : String(e.entityId),
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    request_id: e.requestId ?? null,
  });
}

/** A page of entries, newest first, filtered by user, entity type and date range (inclusive days). */
export async function listAuditEntries(db: Knex, f: AuditFilter, limit: number, offset: number): Promise<AuditRow[]> {
  const q = db('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select('a.id', 'a.user_id', 'u.display_name as user_name', 'a.action', 'a.entity_type', 'a.entity_id', 'a.before', 'a.after', 'a.request_id', 'a.created_at')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset);
  if (f.userId) q.where('a.user_id', f.userId);
  if (f.entityType) q.where('a.entity_type', f.entityType);
  if (f.from) q.where('a.created_at', '>=', f.from);
  if (f.to) q.whereRaw(`a.created_at < (?::date + 1)`, [f.to]);
  return q;
}

/** The entity types present in the log (for the filter menu). */
export async function listAuditEntityTypes(db: Knex): Promise<string[]> {
  return db('audit_log').distinct('entity_type').orderBy('entity_type').pluck('entity_type');
}
