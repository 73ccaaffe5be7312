// Multi-row inserts in slices: one INSERT may carry at most 65,535 bound parameters, so
// an article with thousands of claims is written in several statements (same transaction).
import type { Knex } from 'knex';

/** Rows per INSERT: keeps even the widest table (claims, ~25 columns) far under the limit. */
export const INSERT_BATCH = 1000;

/** Inserts `rows` into `table` in slices, returning `columns` of every row in input order. */
export async function insertInBatches<T>(
  db: Knex,
  table: string,
  rows: object[],
  columns: string[],
  onConflict?: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    let q = db(table).insert(rows.slice(i, i + INSERT_BATCH));
    if (onConflict) q = onConflict(q);
    out.push(...((await q.returning(columns)) as T[]));
  }
  return out;
}
