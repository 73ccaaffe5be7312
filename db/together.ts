// Several reads in one round trip. A page that needs five independent reads used to send
// five queries (each a socket write and a result to parse on the app's one thread, the
// larger part of a page's cost in bench:pages). Sent as one multi-statement message they
// take one round trip and one connection, and, because the statements of one simple-
// protocol message run in one implicit transaction, they see one consistent snapshot.
// The statements are the same query builders the single-purpose functions use, so the rows
// and their types are the same.
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { sharesOneSession } from './connection';

type Statement = Knex.QueryBuilder | Knex.Raw;

/** Each statement's rows, for a message of one or more statements. */
async function rowsOf(message: Knex.Raw): Promise<unknown[][]> {
  const results = (await message) as { rows: unknown[] }[] | { rows: unknown[] };
  // pg answers a one-statement message with a single result, not a list.
  return (Array.isArray(results) ? results : [results]).map((r) => r.rows);
}

const INT4 = 2 ** 31;
/** SQLSTATE feature_not_supported, which PostgreSQL raises for a prepared statement whose
 * result type changed under it. */
const CACHED_PLAN_CHANGED = '0A000';

const isInt4 = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= -INT4 && (value as number) < INT4;

function assertInteger(value: unknown): asserts value is number {
  if (!isInt4(value)) throw new TypeError(`prepareTogether takes 32-bit integer values only, got ${typeof value} ${String(value)}`);
}

// Stand-ins for the parameters while the SQL is built once: integers no id will ever be,
// long enough that their text cannot turn up by chance elsewhere in the SQL.
const STAND_IN = -8_675_309_000_000_000;
const STAND_IN_TEXT = new RegExp(`${String(STAND_IN).slice(0, -3)}\\d{3}`, 'g');

interface Template {
  /** Each statement's SQL cut at its parameters: text, parameter, text, … */
  statements: { pieces: string[]; slots: number[] }[];
}

type Connection = object;
/** Per pooled connection: the name prefix under which each template is prepared there. */
const preparedOn = new WeakMap<Connection, Map<number, string>>();
let templates = 0;
let generations = 0;
// Statement names are per connection, and a connection can outlive this module's state (a
// test runner reloads modules while a shared pool lives on), so names carry a per-load tag.
const LOAD_TAG = randomBytes(4).toString('hex');

/**
 * A read of several statements in one message: `(db, values)` resolves to the rows of each
 * statement, in order. The values must be 32-bit integers, as ids are (anything else is a
 * TypeError, before anything is sent).
 *
 * Two costs are paid once rather than per call. Compiling the query builders happens once
 * per knex instance, with stand-ins where the values go (reading the board's rows fell from
 * 11 % to 4 % of the server's CPU profile under bench:pages). And PostgreSQL plans the
 * statements once per pooled connection (planning the board's seven took about three times
 * as long as running them): the first call on a connection sends `PREPARE` for each statement
 * ahead of the `EXECUTE`s, in the same message, and later calls send only the `EXECUTE`s,
 * whose plans PostgreSQL caches. A multi-statement message cannot carry parameters, so
 * the values are written into the `EXECUTE`s as integer literals.
 * Names are fresh for every preparation: a message that fails part-way may leave some of
 * its statements prepared, and a retry must not collide with them. A new connection (after
 * a database restart, say) starts with none. Inside a transaction the SQL is sent with the
 * values written in, unprepared, as the transaction holds its own connection; so it is on
 * the embedded database, where every connection is one session and each reconnection would
 * leave another set of prepared statements behind.
 *
 * `build` must give the same SQL shape whatever the values (no branching on them, and each
 * value used as it is given); that is checked as far as it can be: every parameter must be
 * used, its stand-in must appear in the text exactly as often as among the bindings, and
 * every other binding must be an integer constant.
 */
export function prepareTogether<K extends string>(
  params: readonly K[],
  build: (db: Knex, values: Readonly<Record<K, number>>) => Statement[],
): (db: Knex, values: Readonly<Record<K, number>>) => Promise<unknown[][]> {
  const id = ++templates;
  const compiled = new WeakMap<Knex, Template>();
  const compile = (db: Knex): Template => {
    const standIns = params.map((_, i) => STAND_IN - i);
    const built = build(db, Object.fromEntries(params.map((p, i) => [p, standIns[i]])) as Record<K, number>);
    const expected = new Map<number, number>();
    const template: Template = { statements: [] };
    for (const s of built) {
      for (const value of s.toSQL().bindings) {
        if (standIns.includes(value as number)) expected.set(value as number, (expected.get(value as number) ?? 0) + 1);
        else if (!isInt4(value)) throw new Error(`prepareTogether: a binding is neither a parameter as given nor a 32-bit integer constant: ${String(value)}`);
      }
      const sql = s.toString();
      const pieces: string[] = [];
      const slots: number[] = [];
      let from = 0;
      for (const m of sql.matchAll(STAND_IN_TEXT)) {
        const slot = standIns.indexOf(Number(m[0]));
        if (slot < 0) throw new Error(`prepareTogether: unexpected stand-in ${m[0]} in the SQL`);
        pieces.push(sql.slice(from, m.index));
        slots.push(slot);
        expected.set(standIns[slot]!, (expected.get(standIns[slot]!) ?? 0) - 1);
        from = m.index + m[0].length;
      }
      pieces.push(sql.slice(from));
      template.statements.push({ pieces, slots });
    }
    if (expected.size < params.length || [...expected.values()].some((n) => n !== 0)) throw new Error('prepareTogether: a parameter is unused, or does not appear in the SQL as it appears among the bindings');
    compiled.set(db, template);
    return template;
  };
  const fill = ({ pieces, slots }: Template['statements'][number], args: readonly (number | string)[]) => {
    let sql = pieces[0]!;
    for (let i = 0; i < slots.length; i++) sql += String(args[slots[i]!]) + pieces[i + 1]!;
    return sql;
  };
  // Values are ids: PostgreSQL integers, prepared or written in alike.
  const placeholders = params.map((_, i) => `$${i + 1}`);
  const types = params.map(() => 'integer').join(', ');
  return async (db, values) => {
    const args = params.map((p) => values[p]);
    for (const value of args) assertInteger(value);
    const template = compiled.get(db) ?? compile(db);
    if ((db as { isTransaction?: boolean }).isTransaction || sharesOneSession(db)) return rowsOf(db.raw(template.statements.map((s) => fill(s, args)).join(';\n')));

    const client = db.client as { acquireConnection(): Promise<Connection>; releaseConnection(c: Connection): Promise<unknown> };
    const connection = await client.acquireConnection();
    try {
      let names = preparedOn.get(connection);
      if (!names) preparedOn.set(connection, (names = new Map()));
      const known = names.get(id);
      const name = known ?? `crosscheck_${LOAD_TAG}_${id}_${++generations}`;
      const list = args.join(', ');
      const execute = template.statements.map((_, j) => `execute ${name}_${j}(${list})`);
      const prepare = known ? [] : template.statements.map((s, j) => `prepare ${name}_${j}(${types}) as ${fill(s, placeholders)}`);
      // knex runs a builder on a given connection (QueryBuilder#connection does just this),
      // so the message is still logged and counted as one query.
      const raw = Object.assign(db.raw([...prepare, ...execute].join(';\n')), { _connection: connection });
      try {
        const rows = await rowsOf(raw);
        if (!known) names.set(id, name);
        return rows.slice(prepare.length);
      } catch (err) {
        // A migration that changes a result column's type makes PostgreSQL refuse the
        // prepared statement ("cached plan must not change result type"); the next call
        // prepares it afresh under a new name.
        if ((err as { code?: unknown }).code === CACHED_PLAN_CHANGED) names.delete(id);
        throw err;
      }
    } finally {
      await client.releaseConnection(connection);
    }
  };
}
