// Signal (2): contrasting characterisation. Claims using opposite poles of a framing axis
// ("defensive" vs "aggression") from different sources, about the same event, are lined up.
import type { Analysed } from './analyse';
import { AXES, type FramingAxis } from './framing';
import { phraseAt } from './labels';
import { fingerprint, lineUp, sourceCount, type Column } from './positions';
import { UnionFind, similarPairs, type Vector } from './similarity';
import { eventNoun } from './text';
import type { Suggestion } from './types';

// Actor words ("rebels", "civilians") are everywhere in war reporting, so those axes need
// a closer topical link than event axes, which any claim about the same event may share.
const LINK = { event: 0.12, actor: 0.25 } as const;

// The claim using most of the pole's words names the column; ties go to the earliest (the lede).
function bestLabel(members: readonly Analysed[], axis: string, fallback: string): string {
  let best: { a: Analysed; n: number; at: number } | undefined;
  for (const a of members) {
    const hit = a.frames.find((f) => f.axis === axis);
    if (!hit) continue;
    if (!best || hit.words.length > best.n) {
      best = { a, n: hit.words.length, at: hit.at };
    }
  }
  return best ? phraseAt(best.a.text, best.at) : fallback;
}

function axisSuggestions(axis: FramingAxis, claims: readonly Analysed[], vectors: readonly Vector[]): Suggestion[] {
  const members = claims.filter((a) => a.frames.some((f) => f.axis === axis.id) && (axis.about === 'event' || a.events.length > 0));
  if (members.length < 2) return [];
  const pos = new Map(members.map((a, i) => [a.index, i]));
  const uf = new UnionFind(members.length);
  // Same source, same event family, or similar wording link two framing claims.
  const bySource = new Map<string, number>();
  const byFamily = new Map<string, number>();
  members.forEach((a, i) => {
    const s = bySource.get(a.source);
    if (s === undefined) bySource.set(a.source, i);
    else uf.union(s, i);
    if (axis.about !== 'event') return;
    for (const [, fam] of a.events) {
      const f = byFamily.get(fam);
      if (f === undefined) byFamily.set(fam, i);
      else uf.union(f, i);
    }
  });
  const sameGroup = (i: number, j: number) => uf.find(pos.get(i)!) === uf.find(pos.get(j)!);
  for (const [i, j] of similarPairs(vectors, members.map((a) => a.index), LINK[axis.about], 200, sameGroup)) uf.union(pos.get(i)!, pos.get(j)!);
  const components = new Map<number, Analysed[]>();
  members.forEach((a, i) => {
    const r = uf.find(i);
    let list = components.get(r);
    if (!list) components.set(r, (list = []));
    list.push(a);
  });
  const out: Suggestion[] = [];
  for (const comp of components.values()) {
    const columns: Column[] = axis.poles.map((pole) => {
      const ms = comp.filter((a) => a.frames.some((f) => f.axis === axis.id && f.pole === pole.id));
      return { label: (kept: Analysed[]) => bestLabel(kept, axis.id, pole.label), members: ms };
    });
    const lineup = lineUp(columns);
    if (lineup.positions.length < 2 || sourceCount(lineup) < 2) continue;
    const words = axis.poles.map((p) => [...new Set(comp.flatMap((a) => a.frames.filter((f) => f.axis === axis.id && f.pole === p.id).flatMap((f) => f.words)))].slice(0, 3).join('/'));
    const events = comp.flatMap((a) => a.events.map(([w]) => w));
    const [a, b] = axis.poles;
    const question =
      axis.about === 'event'
        ? `Was the ${eventNoun(events)} ${a.question} or ${b.question}?`
        : `Were those involved ${a.question} or ${b.question}?`;
    const nSources = sourceCount(lineup);
    out.push({
      key: fingerprint('conflict', `framing:${axis.id}`, lineup.positions),
      kind: 'conflict',
      question,
      positions: lineup.positions,
      score: Math.min(0.9, (axis.about === 'event' ? 0.72 : 0.55) + 0.03 * (nSources - 2)),
      signals: [`contrasting characterisation: ${words.join(' vs ')}`],
    });
  }
  return out;
}

/** Suggests disputes where sources characterise the same event or actors in opposite terms. */
export function framingDisputes(claims: readonly Analysed[], vectors: readonly Vector[]): Suggestion[] {
  return AXES.flatMap((axis) => axisSuggestions(axis, claims, vectors));
}
