// Signal (4): opposing blame. Sources holding different parties responsible for the event,
// claiming it, or denying their own involvement, are lined up one column per party.
import type { Analysed } from './analyse';
import type { Blame } from './blame';
import { fingerprint, lineUp, sourceCount, type Column } from './positions';
import { capitalise, clip, eventNoun } from './text';
import type { Suggestion } from './types';

function columnLabel(b: Blame, a: Analysed): string {
  if (b.stance === 'denies') return `${capitalise(b.agent || a.sourceName)} denies involvement`;
  if (b.stance === 'claims') return `${capitalise(b.agent || a.sourceName)} claims responsibility`;
  return capitalise(clip(b.agent, 6));
}

/** Suggests disputes over who is responsible for an event. */
export function blameDisputes(claims: readonly Analysed[]): Suggestion[] {
  const columns = new Map<string, Column>();
  const words = new Map<string, Set<string>>();
  for (const a of claims) {
    for (const b of a.blame) {
      // Each denial or claim of responsibility is its own column: it speaks for its source.
      let key = b.stance === 'blames' ? `blames:${b.agentKey}` : `${b.stance}:${b.agent ? b.agent.toLowerCase() : a.source}`;
      // "Syrian government" and "Syrian government troops" are one party: share a word, share a column.
      if (b.stance === 'blames') {
        const mine = new Set(b.agentKey.split(' '));
        for (const [k, w] of words) if ([...mine].some((x) => w.has(x))) key = k;
        if (!words.has(key)) words.set(key, mine);
      }
      let col = columns.get(key);
      if (!col) columns.set(key, (col = { label: columnLabel(b, a), members: [] }));
      if (!col.members.includes(a)) col.members.push(a);
    }
  }
  if (columns.size < 2) return [];
  // Most-supported parties first; at most six columns.
  const ordered = [...columns.values()].sort((x, y) => y.members.length - x.members.length).slice(0, 6);
  const lineup = lineUp(ordered);
  if (lineup.positions.length < 2 || sourceCount(lineup) < 2) return [];
  const events = ordered.flatMap((c) => c.members.flatMap((a) => a.events.map(([w]) => w)));
  return [
    {
      key: fingerprint('conflict', 'blame', lineup.positions),
      kind: 'conflict',
      question: `Who is responsible for the ${eventNoun(events)}?`,
      positions: lineup.positions,
      score: Math.min(0.85, 0.65 + 0.05 * (lineup.positions.length - 2) + 0.02 * (sourceCount(lineup) - 2)),
      signals: [`opposing blame: ${lineup.positions.map((p) => p.label.toLowerCase()).join(' vs ')}`],
    },
  ];
}
