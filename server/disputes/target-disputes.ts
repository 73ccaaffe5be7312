// Signal (2b): what the attack hit. Sources naming targets of different classes for the same
// kind of event ("combatants" vs "drone experts" vs "patrols") are lined up, one column per class.
import type { Analysed } from './analyse';
import { capitalise, clip, eventNoun } from './text';
import { fingerprint, lineUp, sourceCount, type Column } from './positions';
import { cosine, type Vector } from './similarity';
import type { TargetClass } from './targets';
import type { Suggestion } from './types';

const ORDER: readonly TargetClass[] = ['armed', 'security', 'civilian'];
// A claim that the thing struck was a threat argues for the armed-target reading.
const THREAT = /\bpos(?:ed|es|ing) an? (?:\w+ )?threat\b|\bimminent threat\b|\bthreat(?:ened|ening)? (?:to )?(?:our|us|\w+ forces|troops)\b/i;

// Wire copy recalls earlier attacks ("a chemical attack on a village"); in a case of many
// claims, a column whose claims share no words with any other column's is about another
// event and is left out. A handful of terse claims rarely share words, so small cases skip this.
const MIN_LINK = 0.08;
const LINK_CHECK_FROM = 40;

// At most this many claims per column are compared, so huge cases stay linear.
const LINK_SAMPLE = 150;

function linked(col: Column, others: readonly Column[], vectors: readonly Vector[]): boolean {
  const mine = col.members.slice(0, LINK_SAMPLE);
  return others.some((o) => o !== col && o.members.slice(0, LINK_SAMPLE).some((b) => mine.some((a) => cosine(vectors[a.index]!, vectors[b.index]!) >= MIN_LINK)));
}

// The shortest phrase of two words or more reads best; a lone head noun is the fallback.
function pickPhrase(phrases: string[], fallback: string): string {
  const multi = phrases.filter((p) => p.trim().split(/\s+/).length >= 2).sort((a, b) => a.length - b.length);
  return multi[0] ?? phrases[0] ?? fallback;
}

/** Suggests disputes over what an event targeted, per event family. */
export function targetDisputes(claims: readonly Analysed[], vectors: readonly Vector[]): Suggestion[] {
  const families = new Map<string, Analysed[]>();
  for (const a of claims) {
    for (const fam of new Set(a.targets.map((t) => t.family))) {
      let list = families.get(fam);
      if (!list) families.set(fam, (list = []));
      list.push(a);
    }
  }
  const out: Suggestion[] = [];
  for (const [family, members] of families) {
    const columns: Column[] = ORDER.map((cls) => {
      const ms = members.filter((a) => a.targets.some((t) => t.family === family && t.cls === cls));
      const label = (kept: Analysed[]) => {
        // Words of the column's main source: the one with most claims in it.
        const counts = new Map<string, number>();
        for (const a of kept) if (a.targets.length) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
        const main = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
        const phrases = kept.filter((a) => a.source === main).flatMap((a) => a.targets.filter((t) => t.family === family && t.cls === cls).map((t) => t.phrase));
        return capitalise(clip(pickPhrase(phrases, cls).replace(/^(?:a|an|the)\s+/i, ''), 8));
      };
      return { label, members: ms };
    });
    if (claims.length >= LINK_CHECK_FROM) for (const col of columns) if (!linked(col, columns, vectors)) col.members = [];
    const classes = columns.filter((c) => c.members.length > 0).length;
    if (classes < 2) continue;
    // Claims that the target posed a threat, sharing words with the armed column, join it.
    const armed = columns[0]!;
    if (armed.members.length) {
      const words = new Set(armed.members.flatMap((a) => a.stems));
      for (const a of claims) {
        if (armed.members.includes(a) || a.targets.length || !THREAT.test(a.text)) continue;
        if (a.stems.some((s) => words.has(s) && s.length > 4)) armed.members.push(a);
      }
    }
    const lineup = lineUp(columns);
    if (lineup.positions.length < 2 || sourceCount(lineup) < 2) continue;
    const events = members.flatMap((a) => a.events.filter(([, f]) => f === family).map(([w]) => w));
    // Military or armed against civilian is the dispute reviewers most need to see.
    const hasArmedVsCivilian = (columns[0]!.members.length > 0 || columns[1]!.members.length > 0) && columns[2]!.members.length > 0;
    out.push({
      key: fingerprint('conflict', `target:${family}`, lineup.positions),
      kind: 'conflict',
      question: `What did the ${eventNoun(events)} target?`,
      positions: lineup.positions,
      score: hasArmedVsCivilian ? 0.85 : 0.7,
      signals: [`different targets named for the same ${family}: ${lineup.positions.map((p) => p.label.toLowerCase()).join(' vs ')}`],
    });
  }
  return out;
}
