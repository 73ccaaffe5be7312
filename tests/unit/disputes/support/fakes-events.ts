// The FA-KES events used as multi-article test cases, and their saved claim fixtures.
// FA-KES: F. K. Abu Salem et al. 2019, Zenodo 2607278, CC BY 4.0.
import fs from 'node:fs';
import path from 'node:path';
import type { ClaimInput } from '../../../../server/disputes/types';
import { articleClaims, type FakesArticle } from './fakes';

export const ATTRIBUTION =
  'FA-KES, Abu Salem et al. 2019, Zenodo 2607278, CC BY 4.0. Article text below is from that dataset; claims derived by tests/unit/disputes/support/fakes.ts.';

/** Events by fixture name: the dates and location that select their articles. */
export const EVENTS: Record<string, { dates: string[]; location: string; what: string }> = {
  'aleppo-bus-convoy': { dates: ['4/15/2017', '4/16/2017'], location: 'aleppo', what: 'bombing of the evacuee bus convoy at Rashidin' },
  'homs-airbase-strike': { dates: ['4/7/2017'], location: 'homs', what: 'US missile strike on the Shayrat airbase' },
  'hasakeh-suicide-bombing': { dates: ['7/5/2016'], location: 'hasakeh', what: 'motorcycle suicide bombing in Hasakeh' },
};

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const CORPUS_PATH = path.resolve(repoRoot, '..', 'shared', 'corpus', 'fakes', 'articles.jsonl');
export const FIXTURE_DIR = path.resolve(repoRoot, 'tests', 'fixtures', 'disputes');

export interface EventFixture {
  attribution: string;
  event: { name: string; what: string; articles: { id: string; outlet: string; date: string; title: string }[] };
  claims: ClaimInput[];
}

/** Derives an event's fixture from the FA-KES corpus (needs the corpus beside the repository). */
export function deriveFixture(name: string): EventFixture {
  const ev = EVENTS[name];
  if (!ev) throw new Error(`unknown FA-KES event ${name}`);
  const articles = fs
    .readFileSync(CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FakesArticle)
    .filter((a) => ev.dates.includes(a.date) && a.location === ev.location);
  return {
    attribution: ATTRIBUTION,
    event: { name, what: ev.what, articles: articles.map((a) => ({ id: a.id, outlet: a.outlet, date: a.date, title: a.title })) },
    claims: articles.flatMap(articleClaims),
  };
}

/** Path of an event's saved fixture. */
export function fixturePath(name: string): string {
  return path.join(FIXTURE_DIR, `fakes-${name}.json`);
}

/** Serialises a fixture compactly: one claim per line, so diffs stay readable. */
export function serialiseFixture(f: EventFixture): string {
  const head = JSON.stringify({ attribution: f.attribution, event: f.event }, null, 1).replace(/\n}$/, '');
  return `${head},\n "claims": [\n${f.claims.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n ]\n}\n`;
}

/** Loads an event's saved fixture. */
export function loadFixture(name: string): EventFixture {
  return JSON.parse(fs.readFileSync(fixturePath(name), 'utf8')) as EventFixture;
}
