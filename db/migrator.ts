// Migrations are TypeScript files in db/migrations, run from source in tests and from
// dist/ in production. knex records file names, so this source strips the extension:
// the same database can be migrated by either without "missing migration" errors.
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';

const DIR = path.join(__dirname, 'migrations');
const EXT = path.extname(__filename); // '.ts' from source, '.js' from dist

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
  config?: { transaction?: boolean };
}

/** Lists and loads db/migrations/*, named without their extension. */
export const migrationSource: Knex.MigrationSource<string> = {
  async getMigrations() {
    return fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(EXT) && !f.endsWith('.d.ts'))
      .map((f) => f.slice(0, -EXT.length))
      .sort();
  },
  getMigrationName(name) {
    return name;
  },
  async getMigration(name) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(DIR, name + EXT)) as Migration;
  },
};
