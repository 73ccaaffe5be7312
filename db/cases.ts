// SQL for cases. Each function takes the knex handle or a transaction first.
import type { Knex } from 'knex';

export interface CaseRow {
  id: number;
  title: string;
  description: string;
  status: 'open' | 'archived';
  created_by: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface CaseSummary extends CaseRow {
  article_count: number;
  claim_count: number;
  source_count: number;
  dispute_count: number;
}

const COLUMNS = ['id', 'title', 'description', 'status', 'created_by', 'version', 'created_at', 'updated_at'];

/** Every case with its article, claim, source and dispute counts, newest first. */
export async function listCaseSummaries(db: Knex): Promise<CaseSummary[]> {
  const { rows } = await db.raw<{ rows: CaseSummary[] }>(`
    select c.id, c.title, c.description, c.status, c.created_by, c.version, c.created_at, c.updated_at,
      (select count(*)::int from articles a where a.case_id = c.id) as article_count,
      (select count(*)::int from claims cl join articles a on a.id = cl.article_id
        where a.case_id = c.id and cl.review_status <> 'rejected') as claim_count,
      (select count(distinct cl.source_id)::int from claims cl join articles a on a.id = cl.article_id
        where a.case_id = c.id and cl.source_id is not null) as source_count,
      (select count(*)::int from disputes d where d.case_id = c.id and d.status <> 'dismissed') as dispute_count
    from cases c
    order by c.status = 'archived', c.updated_at desc, c.id desc`);
  return rows;
}

/** One case, or undefined. */
export async function findCaseById(db: Knex, id: number): Promise<CaseRow | undefined> {
  return caseQuery(db, id);
}

/** The query behind findCaseById, for a case id or a subquery giving one (the case of an
 * article or a dispute), to read with others (db/together.ts). */
export function caseQuery(db: Knex, id: number | Knex.QueryBuilder): Knex.QueryBuilder {
  return db('cases').first(COLUMNS).where('id', id);
}

/** Number of cases (the demo seed only runs on an empty database). */
export async function countCases(db: Knex): Promise<number> {
  const row = await db('cases').count<{ n: string }[]>({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** Inserts a case and returns it. */
export async function insertCase(
  db: Knex,
  values: { title: string; description?: string; created_by?: number | null },
): Promise<CaseRow> {
  const [row] = await db<CaseRow>('cases').insert(values).returning(COLUMNS);
  return row as CaseRow;
}

/** Applies `changes` if the row is still at `version`; undefined when someone changed it first. */
export async function updateCase(
  db: Knex,
  id: number,
  version: number,
  changes: Partial<Pick<CaseRow, 'title' | 'description' | 'status'>>,
): Promise<CaseRow | undefined> {
  const [row] = await db('cases')
    .where({ id, version })
    .update({ ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() })
    .returning(COLUMNS);
  return row as CaseRow | undefined;
}
