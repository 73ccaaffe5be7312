// knex migration source over the list in db/migrations/index.ts. Names carry no file
// extension, so the same database can be migrated from source (tests) or from dist/.
import type { Knex } from 'knex';
import { MIGRATIONS, type Migration } from './migrations';

const byName = new Map(MIGRATIONS);

/** The migrations of db/migrations/index.ts, in order. */
export const migrationSource: Knex.MigrationSource<string> = {
  async getMigrations() {
    return MIGRATIONS.map(([name]) => name);
  },
  getMigrationName(name) {
    return name;
  },
  async getMigration(name): Promise<Migration> {
    const m = byName.get(name);
    if (!m) throw new Error(`unknown migration ${name}`);
    return m;
  },
};
