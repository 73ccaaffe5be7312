// The demo case a newcomer sees on first start: the brief's worked example, seeded
// through the same path as any pasted article.
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { countCases, insertCase } from '../../db/cases';
import { PROJECT_ROOT } from '../paths';
import { seedArticle, type Extractor } from './articles';

const DEMO_DIR = path.join(PROJECT_ROOT, 'db', 'demo');

/** Creates the "Babylon strike" case, read by `extract`, when the database has no case yet; returns whether it did. */
export async function ensureDemoCase(db: Knex, extract: Extractor): Promise<boolean> {
  return db.transaction(async (trx) => {
    // Serialise concurrent first starts of several instances on one database.
    await trx.raw('select pg_advisory_xact_lock(?)', [0x0c0c_0001]);
    if ((await countCases(trx)) > 0) return false;
    const demo = await insertCase(trx, {
      title: 'Babylon strike',
      description:
        'US air strike on Hashed al-Shaabi members in Babylon province, Iraq (July 2024): ' +
        'what was hit, and was it self-defence or aggression?',
    });
    await seedArticle(trx, {
      caseId: demo.id,
      title: 'US air strike in Babylon province, Iraq',
      publisher: 'AFP',
      url: null,
      publishedOn: null,
      text: fs.readFileSync(path.join(DEMO_DIR, 'babylon-strike.txt'), 'utf8'),
      userId: null,
    }, extract);
    return true;
  });
}
