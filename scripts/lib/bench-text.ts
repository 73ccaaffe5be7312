// Generated news-like text for the search benchmark: invented names and places, a few
// dozen sentence shapes of conflict reporting, and claims with real offsets into their
// article. Deterministic for a seed, and made of no corpus text.
import { normaliseSourceName } from '../../server/sources/match';
import type { EntityKind } from '../../server/engine/types';

export interface Corpus {
  cases: string[];
  sources: { name: string; normalized_name: string; kind: EntityKind; named: boolean; caseIndex: number | null; affiliation: string; description: string }[];
  aliases: { sourceIndex: number; alias: string; normalized_alias: string }[];
  articles: { caseIndex: number; title: string; publisher: string; body: string }[];
  claims: { articleIndex: number; sourceIndex: number | null; start: number; end: number; content: string; cue: string; mode: string; status: string }[];
}

/** mulberry32: a small seeded PRNG, so two runs seed the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
// Skewed towards the front: a few sources and places are in the news far more than the rest.
const pickSkewed = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(Math.pow(r(), 2.2) * xs.length)]!;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const SYL = ['ka', 'ri', 'mo', 'sa', 'le', 'na', 'ha', 'di', 'yu', 'ta', 'ber', 'vo', 'el', 'an', 'is', 'ur', 'om', 'za', 'qa', 'fa', 'ni', 'ru', 'tal', 'mir', 'dan', 'sor', 'kel', 'bas', 'hum', 'jar'];
function word(r: Rand, min = 2, max = 3): string {
  const n = min + Math.floor(r() * (max - min + 1));
  return cap(Array.from({ length: n }, () => pick(r, SYL)).join(''));
}

const WEAPONS = ['a drone', 'an air strike', 'artillery fire', 'a rocket', 'a car bomb', 'mortar shells', 'a missile', 'sniper fire', 'a roadside bomb', 'helicopter fire', 'cluster munitions', 'a barrel bomb'];
const TARGETS = ['hospital', 'market', 'checkpoint', 'convoy', 'school', 'bakery', 'warehouse', 'base', 'airfield', 'bridge', 'power station', 'refugee camp', 'mosque', 'police station', 'depot', 'farm', 'water plant', 'clinic', 'border crossing', 'training camp'];
const ACTIVITIES = ['launching drones', 'testing surveillance equipment', 'storing weapons', 'planning attacks', 'moving ammunition', 'treating the wounded', 'distributing aid', 'repairing the road', 'firing rockets', 'gathering intelligence'];
const JUDGEMENTS = ['a heinous crime', 'blatant aggression', 'a legitimate act of self-defence', 'a violation of sovereignty', 'a necessary and proportionate response', 'a massacre of civilians', 'a precise strike on combatants', 'a war crime', 'an unprovoked attack', 'a tragic mistake'];
const CARGO = ['food aid', 'medical supplies', 'weapons', 'fuel', 'ammunition', 'displaced families', 'wounded fighters', 'construction material'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'dawn', 'late at night'];
const CUES = ['said', 'told reporters', 'said in a statement', 'claimed', 'denied', 'confirmed', 'told AFP', 'wrote on social media', 'insisted', 'added'];
const TITLES = ['spokesman', 'commander', 'minister', 'governor', 'official', 'director', 'deputy', 'envoy'];
const ANON = ['a security source', 'a medical source', 'a local official', 'witnesses', 'a military source', 'residents', 'a diplomat', 'an aid worker'];

interface Vocab {
  places: string[];
  people: { name: string; surname: string }[];
}

function claimClause(r: Rand, v: Vocab): string {
  const place = pickSkewed(r, v.places);
  const n = 1 + Math.floor(r() * 40);
  switch (Math.floor(r() * 9)) {
    case 0: return `${n} people were killed when ${pick(r, WEAPONS)} hit a ${pick(r, TARGETS)} in ${place} on ${pick(r, DAYS)}`;
    case 1: return `the ${pick(r, TARGETS)} in ${place} was struck by ${pick(r, WEAPONS)}`;
    case 2: return `the men at the ${pick(r, TARGETS)} near ${place} had been ${pick(r, ACTIVITIES)}`;
    case 3: return `the attack on ${place} was ${pick(r, JUDGEMENTS)}`;
    case 4: return `no civilians were present at the ${pick(r, TARGETS)} in ${place}`;
    case 5: return `the convoy was carrying ${pick(r, CARGO)} to ${place} when it was hit`;
    case 6: return `${n} fighters and ${Math.floor(n / 3)} civilians died in ${place}, and ${n * 2} were wounded`;
    case 7: return `forces will respond to any further aggression against ${place}`;
    default: return `the ${pick(r, TARGETS)} had been used for ${pick(r, ACTIVITIES)} for months`;
  }
}

/** Builds the whole corpus in memory: cases, sources (named and case-scoped), aliases, articles and claims with offsets. */
export function makeCorpus(opts: { claims: number; articles: number; sources: number; seed: number }): Corpus {
  const r = prng(opts.seed);
  const places = [...new Set(Array.from({ length: 400 }, () => (r() < 0.3 ? `Al-${word(r)}` : r() < 0.3 ? `Tal ${word(r)}` : word(r, 2, 3))))];
  const surnames = [...new Set(Array.from({ length: 900 }, () => word(r, 2, 3)))];
  const firsts = [...new Set(Array.from({ length: 120 }, () => word(r, 2, 2)))];
  const caseCount = Math.max(1, Math.round(opts.articles / 50));
  const corpus: Corpus = { cases: [], sources: [], aliases: [], articles: [], claims: [] };
  for (let i = 0; i < caseCount; i++) corpus.cases.push(`${pick(r, ['Strike on', 'Shelling of', 'Siege of', 'Convoy attack near', 'Explosion in'])} ${pick(r, places)}, case ${i + 1}`);

  const keys = new Set<string>();
  const people: Vocab['people'] = [];
  const addSource = (s: Omit<Corpus['sources'][number], 'normalized_name'>): number => {
    const normalized_name = normaliseSourceName(s.name);
    const key = `${s.caseIndex}|${s.kind}|${normalized_name}`;
    if (keys.has(key) || !normalized_name) return -1;
    keys.add(key);
    return corpus.sources.push({ ...s, normalized_name }) - 1;
  };
  const unnamedPerCase = Math.min(ANON.length, Math.max(1, Math.floor((opts.sources * 0.1) / caseCount)));
  const caseAnon: number[][] = [];
  for (let k = 0; k < caseCount; k++) {
    caseAnon.push(ANON.slice(0, unnamedPerCase).map((name) => addSource({ name, kind: 'anonymous', named: false, caseIndex: k, affiliation: '', description: '' })).filter((i) => i >= 0));
  }
  while (corpus.sources.length < opts.sources) {
    const roll = r();
    const place = pick(r, places);
    let i: number;
    if (roll < 0.6) {
      const name = `${pick(r, firsts)} ${pick(r, surnames)}`;
      i = addSource({ name, kind: 'person', named: true, caseIndex: null, affiliation: `${place} ${pick(r, ['council', 'army', 'ministry', 'front', 'hospital'])}`, description: `${cap(pick(r, TITLES))} quoted on events in ${place}` });
      if (i >= 0) {
        people.push({ name, surname: name.split(' ')[1]! });
        if (r() < 0.5) corpus.aliases.push({ sourceIndex: i, alias: `${cap(pick(r, TITLES))} ${name}`, normalized_alias: normaliseSourceName(name) });
      }
    } else if (roll < 0.75) {
      i = addSource({ name: `${place} ${pick(r, ['Brigade', 'Revolutionary Front', 'Defence Forces', 'Martyrs Battalion', 'Liberation Army'])}`, kind: 'armed_group', named: true, caseIndex: null, affiliation: '', description: `Armed group active around ${place}` });
    } else if (roll < 0.88) {
      i = addSource({ name: `${pick(r, ['Ministry of', 'Governorate of', 'Health Directorate of', 'Interior Ministry of'])} ${place}`, kind: 'government', named: true, caseIndex: null, affiliation: '', description: '' });
    } else {
      i = addSource({ name: `${place} ${pick(r, ['Herald', 'News Agency', 'Observer', 'Today', 'Radio'])}`, kind: 'media', named: true, caseIndex: null, affiliation: '', description: 'News outlet' });
    }
    if (i >= 0 && r() < 0.5 && corpus.sources[i]!.kind !== 'person') {
      const alias = corpus.sources[i]!.name.replace(/a/g, 'e');
      corpus.aliases.push({ sourceIndex: i, alias, normalized_alias: normaliseSourceName(alias) });
    }
  }
  const named = corpus.sources.map((s, i) => (s.named ? i : -1)).filter((i) => i >= 0);
  const vocab: Vocab = { places, people };

  const perArticle = Math.ceil(opts.claims / opts.articles);
  for (let a = 0; a < opts.articles && corpus.claims.length < opts.claims; a++) {
    const caseIndex = a % caseCount;
    const place = pickSkewed(r, places);
    let body = `${place.toUpperCase()} (${pick(r, ['AFP', 'Reuters', 'AP', 'Local wire'])}) — `;
    for (let c = 0; c < perArticle && corpus.claims.length < opts.claims; c++) {
      const anon = r() < 0.2 && caseAnon[caseIndex]!.length > 0;
      const sourceIndex = anon ? pick(r, caseAnon[caseIndex]!) : r() < 0.05 ? null : pickSkewed(r, named);
      const who = sourceIndex === null ? 'officials' : corpus.sources[sourceIndex]!.name;
      const clause = claimClause(r, vocab);
      const cue = pick(r, CUES);
      const shape = Math.floor(r() * 3);
      const before = shape === 0 ? '“' : shape === 1 ? `${cap(who)} ${cue} that ` : `According to ${who}, `;
      const after = shape === 0 ? `,” ${who} ${cue}. ` : '. ';
      const start = body.length + before.length;
      body += before + (shape === 0 ? cap(clause) : clause) + after;
      corpus.claims.push({
        articleIndex: corpus.articles.length, sourceIndex, start, end: start + clause.length, content: shape === 0 ? cap(clause) : clause,
        cue, mode: shape === 0 ? 'direct' : shape === 1 ? 'indirect' : 'according_to', status: pick(r, ['pending', 'pending', 'accepted', 'corrected', 'rejected']),
      });
      if (r() < 0.3) body += `The ${pick(r, TARGETS)} lies ${1 + Math.floor(r() * 30)} kilometres from ${pick(r, places)}. `;
      if (r() < 0.15) body += '\n\n';
    }
    corpus.articles.push({ caseIndex, title: `${cap(pick(r, WEAPONS))} hits ${pick(r, TARGETS)} in ${place}`, publisher: pick(r, ['Wire', 'Daily Ledger', 'Evening Post', 'Frontline']), body });
  }
  return corpus;
}

/** ~`n` realistic queries: single words, quoted phrases, full names, surnames, places, organisations, a few exclusions and misses. */
export function makeQueries(corpus: Corpus, n: number, seed: number): string[] {
  const r = prng(seed + 7);
  const people = corpus.sources.filter((s) => s.kind === 'person');
  const groups = corpus.sources.filter((s) => s.named && s.kind !== 'person');
  const places = [...new Set(corpus.articles.map((a) => a.title.split(' in ').pop()!))];
  const phrases = ['"air strike"', '"heinous crime"', '"medical supplies"', '"refugee camp"', '"self-defence"', '"no civilians"', '"surveillance equipment"', '"war crime"', '"power station"', '"car bomb"'];
  const words = ['hospital', 'drone', 'convoy', 'massacre', 'killed', 'wounded', 'ammunition', 'checkpoint', 'sovereignty', 'aggression', 'bakery', 'proportionate', 'civilians', 'rockets', 'aid', 'statement', 'denied'];
  const out: string[] = [];
  while (out.length < n) {
    const roll = r();
    if (roll < 0.25) out.push(pick(r, words));
    else if (roll < 0.4) out.push(pick(r, phrases));
    else if (roll < 0.55) out.push(pick(r, people).name);
    else if (roll < 0.65) out.push(pick(r, people).name.split(' ')[1]!);
    else if (roll < 0.75) out.push(pick(r, groups).name);
    else if (roll < 0.87) out.push(pick(r, places));
    else if (roll < 0.93) out.push(`${pick(r, words)} ${pick(r, places)}`);
    else if (roll < 0.97) out.push(`${pick(r, words)} -${pick(r, words)}`);
    else out.push(`zq${Math.floor(r() * 1e6)}`);
  }
  return out;
}
