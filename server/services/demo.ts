// The demo cases a newcomer sees on first start: the brief's worked example and a
// multi-article FA-KES event, seeded through the same path as any pasted article.
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { countCases, insertCase } from '../../db/cases';
import { PROJECT_ROOT } from '../paths';
import { seedArticle, type Extractor } from './articles';
import { refreshSuggestions } from './suggestions';

const DEMO_DIR = path.join(PROJECT_ROOT, 'db', 'demo');

export const FAKES_ATTRIBUTION = 'FA-KES, Abu Salem et al. 2019, Zenodo 2607278, CC BY 4.0';

interface DemoArticle {
  title: string;
  publisher: string;
  published_on: string;
  text: string;
}

/** The multi-article case: one FA-KES event told by six outlets, each article seeded like a pasted one. */
async function seedConvoyCase(trx: Knex, extract: Extractor): Promise<number> {
  const data = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'aleppo-convoy.json'), 'utf8')) as { articles: DemoArticle[] };
  const kase = await insertCase(trx, {
    title: 'Aleppo bus convoy bombing',
    description:
      'Bomb attack on buses of evacuees from Fuaa and Kafraya at al-Rashideen, west of Aleppo (15 April 2017), ' +
      'as reported by six outlets: how many died, and who was behind it? ' +
      `Articles from ${FAKES_ATTRIBUTION}.`,
  });
  for (const a of data.articles) {
    await seedArticle(trx, { caseId: kase.id, title: a.title, publisher: a.publisher, url: null, publishedOn: a.published_on, text: a.text, userId: null }, extract);
  }
  return kase.id;
}

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
    const convoy = await seedConvoyCase(trx, extract);
    // Once seeded, each case opens with the disputes Crosscheck suggests, for a reviewer to accept or dismiss.
    await refreshSuggestions(trx, demo.id);
    await refreshSuggestions(trx, convoy);
    return true;
  });
}
