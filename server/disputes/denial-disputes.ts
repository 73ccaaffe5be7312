// Signal (3): negation and denial. A claim that denies or calls false what another source
// states, in closely similar words, is lined up against it.
import type { Analysed } from './analyse';
import { statement } from './labels';
import { fingerprint, lineUp, type Column } from './positions';
import { NeighbourIndex, type Vector } from './similarity';
import { capitalise, clip } from './text';
import type { Suggestion } from './types';

const MIN_COSINE = 0.3;

/** Suggests disputes between a denial and the closest claims it contradicts. */
export function denialDisputes(claims: readonly Analysed[], vectors: readonly Vector[]): Suggestion[] {
  const deniers = claims.filter((a) => a.denial.length > 0 && !a.blame.some((b) => b.stance === 'denies'));
  if (!deniers.length) return [];
  const byIndex = new Map(claims.map((a) => [a.index, a]));
  const index = new NeighbourIndex(vectors, claims.map((a) => a.index));
  const out: Suggestion[] = [];
  for (const d of deniers) {
    const affirming: { a: Analysed; c: number }[] = [];
    for (const [j, c] of index.neighbours(d.index, MIN_COSINE)) {
      const a = byIndex.get(j);
      if (a && a.denial.length === 0 && a.source !== d.source) affirming.push({ a, c });
      if (affirming.length >= 5) break;
    }
    if (!affirming.length) continue;
    affirming.sort((x, y) => y.c - x.c);
    const top = affirming.slice(0, 5);
    // The denial reads best from its denial word on ("denied an army report it had…").
    const from = d.text.toLowerCase().indexOf(d.denial[0]!.split(' ')[0]!);
    const columns: Column[] = [
      { label: capitalise(clip(statement(top[0]!.a.text), 8)), members: top.map((t) => t.a) },
      { label: capitalise(clip(statement(from > 0 && d.text.slice(from).split(/\s+/).length >= 3 ? d.text.slice(from) : d.text), 8)), members: [d] },
    ];
    const lineup = lineUp(columns);
    if (lineup.positions.length < 2) continue;
    out.push({
      key: fingerprint('conflict', 'denial', lineup.positions),
      kind: 'conflict',
      question: `Is it true that ${clip(statement(top[0]!.a.text), 12).replace(/^./, (c) => c.toLowerCase())}?`,
      positions: lineup.positions,
      score: Math.min(0.8, 0.5 + 0.5 * top[0]!.c),
      signals: [`negation: ${d.sourceName} says "${d.denial.join('", "')}" about what ${top[0]!.a.sourceName} states`],
    });
  }
  return out;
}
