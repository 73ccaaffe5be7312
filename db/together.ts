// Several reads in one round trip. A page that needs five independent reads used to send
// five queries (each a socket write and a result to parse on the app's one thread, the
// larger part of a page's cost in bench:pages). Sent as one multi-statement message they
// take one round trip and one connection, and, because the statements of one simple-
// protocol message run in one implicit transaction, they see one consistent snapshot.
// The statements are the same query builders the single-purpose functions use, so the rows
// and their types are the same.
import type { Knex } from 'knex';

type Statement = Knex.QueryBuilder | Knex.Raw;

/** The rows of each statement, in order. A multi-statement message cannot carry
 * parameters, so the values are written into the SQL: only integers are accepted. */
export async function readTogether(db: Knex, statements: Statement[]): Promise<unknown[][]> {
  for (const s of statements) {
    for (const value of s.toSQL().bindings) {
      if (!Number.isSafeInteger(value)) throw new TypeError(`readTogether takes integer values only, got ${typeof value} ${String(value)}`);
    }
  }
  const results = (await db.raw(statements.map((s) => s.toString()).join(';\n'))) as { rows: unknown[] }[] | { rows: unknown[] };
  // pg answers a one-statement message with a single result, not a list.
  return (Array.isArray(results) ? results : [results]).map((r) => r.rows);
}
