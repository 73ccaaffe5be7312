// Signal (1): numbers for the same quantity. Counts are grouped by head and subject
// ("killed/people", "wounded/children"); one value from several independent sources is a
// corroboration, several values a conflict with one position per value.
import type { Analysed } from './analyse';
import { fingerprint, lineUp, sourceCount, type Column } from './positions';
import { quantityLabel, type Quantity } from './quantities';
import { placeAreas, placeKeys } from './places';
import { capitalise, eventNoun } from './text';
import type { Suggestion } from './types';

const MAX_POSITIONS = 6;

const QUESTIONS: Record<Quantity['head'], (who: string) => string> = {
  killed: (who) => `How many ${who} were killed`,
  wounded: (who) => `How many ${who} were wounded`,
  missing: (who) => `How many ${who} are missing`,
  detained: (who) => `How many ${who} were detained`,
  displaced: (who) => `How many ${who} were displaced`,
};

interface Mention {
  claim: Analysed;
  q: Quantity;
}

function question(head: Quantity['head'], subject: string, mentions: readonly Mention[], place?: string): string {
  const events = mentions.flatMap((m) => m.claim.events.map(([w]) => w));
  const base = QUESTIONS[head](subject);
  const where = place ? ` in ${place}` : '';
  return events.length ? `${base} in the ${eventNoun(events)}${where}?` : `${base}${where}?`;
}

/**
 * Splits the counts of one quantity by incident: round-ups list several attacks a day, and
 * counts from claims in areas that share no place ("in Deir Ezzor" vs "in Aleppo") are
 * different incidents. Claims naming no place join their article's incident, else the largest.
 */
function byIncident(mentions: readonly Mention[], areas: Map<string, number>): { mentions: Mention[]; place?: string }[] {
  const areaOf = (c: Analysed): number | undefined => {
    for (const p of c.places) for (const k of placeKeys(p)) if (areas.has(k)) return areas.get(k);
    return undefined;
  };
  const placed = mentions.filter((m) => areaOf(m.claim) !== undefined);
  const sizes = new Map<number, number>();
  for (const m of placed) sizes.set(areaOf(m.claim)!, (sizes.get(areaOf(m.claim)!) ?? 0) + 1);
  if (sizes.size <= 1) return [{ mentions: [...mentions] }];
  const largest = [...sizes.entries()].sort((x, y) => y[1] - x[1])[0]![0];
  const articleArea = new Map<string, number>();
  for (const m of placed) if (!articleArea.has(m.claim.claim.articleId)) articleArea.set(m.claim.claim.articleId, areaOf(m.claim)!);
  const home = (c: Analysed): number => areaOf(c) ?? articleArea.get(c.claim.articleId) ?? largest;
  const groups = new Map<number, Mention[]>();
  for (const m of mentions) {
    const r = home(m.claim);
    let list = groups.get(r);
    if (!list) groups.set(r, (list = []));
    list.push(m);
  }
  return [...groups.values()].map((ms) => {
    const counts = new Map<string, number>();
    for (const m of ms) for (const p of m.claim.places) counts.set(p, (counts.get(p) ?? 0) + 1);
    const place = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    return { mentions: ms, ...(place ? { place } : {}) };
  });
}

// Most frequent modifier for a value ("at least 4" when most say "at least").
function labelFor(mentions: readonly Mention[]): string {
  const mods = new Map<string, number>();
  for (const m of mentions) mods.set(m.q.modifier ?? '', (mods.get(m.q.modifier ?? '') ?? 0) + 1);
  let mod = '';
  let n = -1;
  for (const [k, c] of mods) if (c > n) [mod, n] = [k, c];
  const q = mentions[0]!.q;
  return capitalise(quantityLabel({ ...q, ...(mod ? { modifier: mod } : { modifier: undefined }) }));
}

// A value as stated, keeping a range ("100–300").
function show(ms: readonly Mention[]): string {
  const low = ms.find((m) => m.q.low !== undefined)?.q.low;
  const value = ms[0]!.q.value;
  return low !== undefined ? `${low}–${value}` : String(value);
}

// A lone figure ten times off the others is usually another event ("80 killed in Tuesday's
// attack" in a story about Friday's strike): set it aside rather than line it up.
function setAsideOutliers(mentions: readonly Mention[]): { kept: Mention[]; aside: number[] } {
  const pairs = new Map<number, Set<string>>();
  for (const m of mentions) {
    let s = pairs.get(m.q.value);
    if (!s) pairs.set(m.q.value, (s = new Set()));
    s.add(m.claim.source);
  }
  const spread = [...pairs.entries()].flatMap(([v, s]) => new Array<number>(s.size).fill(v)).sort((a, b) => a - b);
  const median = spread[Math.floor(spread.length / 2)] ?? 0;
  if (spread.length < 3 || median <= 0) return { kept: [...mentions], aside: [] };
  const aside = [...pairs.entries()].filter(([v, s]) => s.size === 1 && (v > 10 * median || v * 10 < median)).map(([v]) => v);
  return { kept: mentions.filter((m) => !aside.includes(m.q.value)), aside };
}

/** Suggests count conflicts and corroborations across the claims of a case. */
export function countDisputes(claims: readonly Analysed[]): Suggestion[] {
  const groups = new Map<string, Mention[]>();
  for (const claim of claims) {
    for (const q of claim.quantities) {
      if (q.vague || q.superseded || q.background) continue;
      const key = `${q.head}|${q.subject}`;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push({ claim, q });
    }
  }
  const areas = placeAreas(claims.map((c) => c.places));
  const out: Suggestion[] = [];
  for (const [key, all] of groups) {
    const incidents = byIncident(all, areas);
    for (const { mentions, place } of incidents) out.push(...countSuggestions(key, mentions, incidents.length > 1 ? place : undefined));
  }
  return out;
}

// The conflict or corroboration over one quantity of one incident, if any.
function countSuggestions(key: string, mentions: readonly Mention[], place: string | undefined): Suggestion[] {
  const [head, subject] = key.split('|') as [Quantity['head'], string];
  const { kept: usable, aside: asideValues } = setAsideOutliers(mentions);
  // A source that gave several figures (a toll updated over the day) is placed at its
  // highest one: tolls rise, so that is its latest word, and a source sits in one column.
  const bySource = new Map<string, Mention[]>();
  for (const m of usable) {
    let list = bySource.get(m.claim.source);
    if (!list) bySource.set(m.claim.source, (list = []));
    list.push(m);
  }
  const byValue = new Map<number, Mention[]>();
  const updates: string[] = [];
  for (const list of bySource.values()) {
    const top = Math.max(...list.map((m) => m.q.value));
    const values = [...new Set(list.map((m) => m.q.value))].sort((a, b) => a - b);
    if (values.length > 1) updates.push(`${list[0]!.claim.sourceName} gave several figures over time (${values.join(', ')}); placed at ${top}`);
    let col = byValue.get(top);
    if (!col) byValue.set(top, (col = []));
    for (const m of list) col.push(m.q.value === top ? m : { claim: m.claim, q: { ...m.q, value: top } });
  }
  const values = [...byValue.entries()]
    .map(([value, ms]) => ({ value, ms, sources: new Set(ms.map((m) => m.claim.source)).size }))
    .sort((a, b) => b.sources - a.sources || b.value - a.value);
  const kept = values.slice(0, MAX_POSITIONS).sort((a, b) => a.value - b.value);
  const columns: Column[] = kept.map((v) => ({ label: labelFor(v.ms.filter((m) => m.q.value === v.value)), members: v.ms.map((m) => m.claim) }));
  const lineup = lineUp(columns);
  const nSources = sourceCount(lineup);
  if (nSources < 2) return [];
  const q = question(head, subject, mentions, place);
  const confirmations = [...new Set(mentions.filter((m) => m.claim.confirms).map((m) => `${m.claim.sourceName} confirmed the figure stated just before`))];
  if (lineup.positions.length === 1) {
    const names = [...new Set(mentions.map((m) => m.claim.sourceName))];
    return [{
      key: fingerprint('corroboration', `count:${key}`, lineup.positions),
      kind: 'corroboration',
      question: q,
      positions: lineup.positions,
      score: Math.min(0.8, 0.5 + 0.1 * (nSources - 1)),
      signals: [`same number from ${nSources} independent sources: ${lineup.positions[0]!.label} (${names.join('; ')})`, ...confirmations],
    }];
  }
  const dropped = values.slice(MAX_POSITIONS).map((v) => v.value);
  // "more than 30" against "32" is hardly a dispute: figures within a tenth of each other rank low.
  const shown = kept.map((v) => v.value);
  const close = Math.max(...shown) <= 1.1 * Math.min(...shown);
  return [{
    key: fingerprint('conflict', `count:${key}`, lineup.positions),
    kind: 'conflict',
    question: q,
    positions: lineup.positions,
    score: close ? 0.45 : Math.min(0.95, 0.75 + 0.04 * (lineup.positions.length - 2) + 0.02 * (nSources - 2)),
    signals: [
      ...(close ? ['the figures are within a tenth of each other and may agree'] : []),
      `different numbers for the same quantity: ${kept.map((v) => show(v.ms)).join(' vs ')} ${subject === 'people' ? '' : `${subject} `}${head}`,
      ...updates,
      ...confirmations,
      ...(dropped.length ? [`also reported, by a single source each: ${dropped.join(', ')}`] : []),
      ...(asideValues.length ? [`set aside as far from the other figures (possibly another event): ${asideValues.join(', ')}`] : []),
    ],
  }];
}
