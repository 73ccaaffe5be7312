// Writes for importing a JSON export (server/services/import.ts). Each takes the import's
// transaction first; bulk inserts go in chunks (PostgreSQL allows 65,535 bind parameters
// per statement) and return new ids in the order given.
import type { Knex } from 'knex';

const CHUNK = 1000;

/** Inserts `rows` into `table` in chunks; returns the new ids in the order given. */
export async function insertRowsReturningIds(db: Knex, table: string, rows: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted: { id: number }[] = await db(table).insert(rows.slice(i, i + CHUNK)).returning('id');
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/** Inserts rows without ids to return (verdict evidence, aliases), skipping ones already there. */
export async function insertRowsIgnoringDuplicates(db: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db(table).insert(rows.slice(i, i + CHUNK)).onConflict().ignore();
}

/** Registry sources (shared, case_id null) with one of these normalised names: candidates for matching by name + kind. */
export async function listRegistrySourcesByNames(db: Knex, normalizedNames: string[]): Promise<{ id: number; normalized_name: string; kind: string }[]> {
  if (normalizedNames.length === 0) return [];
  return db('source_entities').select('id', 'normalized_name', 'kind').whereNull('case_id').whereIn('normalized_name', normalizedNames);
}

/** Users with one of these e-mail addresses (case-insensitive). */
export async function listUsersByEmails(db: Knex, emails: string[]): Promise<{ id: number; email: string }[]> {
  if (emails.length === 0) return [];
  return db('users').select('id', 'email').whereRaw('lower(email) = any(?)', [emails.map((e) => e.toLowerCase())]);
}

/** Inserts one verdict and returns its id (verdicts go one by one: a later one may be based on an earlier). */
export async function insertImportedVerdict(db: Knex, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('verdicts').insert(row).returning('id');
  return (r as { id: number }).id;
}
