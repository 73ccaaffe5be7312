// The dispute suggestion engine's entry point: analyse the claims of a case once, run each
// disagreement signal, drop near-duplicates and dismissed suggestions, best first.
import { analyseClaims, type Analysed } from './analyse';
import { blameDisputes } from './blame-disputes';
import { countDisputes } from './count-disputes';
import { denialDisputes } from './denial-disputes';
import { framingDisputes } from './framing-disputes';
import { tfidfVectors } from './similarity';
import { targetDisputes } from './target-disputes';
import type { ClaimInput, SuggestOptions, Suggestion } from './types';
import { dict } from '../lib/dict';

const DEFAULTS = { minScore: 0.3, maxSuggestions: 20 } as const;

function claimSet(s: Suggestion): Set<string> {
  return new Set(s.positions.flatMap((p) => p.claimIds));
}

// Two suggestions over mostly the same claims would make the reviewer dismiss one twice.
function overlaps(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.6;
}

function dedupe(sorted: readonly Suggestion[]): Suggestion[] {
  const kept: { s: Suggestion; ids: Set<string> }[] = [];
  for (const s of sorted) {
    const ids = claimSet(s);
    const clash = kept.some((k) => k.s.key === s.key || (k.s.kind === s.kind && k.s.kind === 'conflict' && sameFamily(k.s, s) && overlaps(k.ids, ids)));
    if (!clash) kept.push({ s, ids });
  }
  return kept.map((k) => k.s);
}

// Signals that answer the same question; only those may hide one another ("what was hit"
// from targets and from combatants-vs-civilians framing), never a toll and a characterisation.
const QUESTION_FAMILY = dict({
  count: 'count',
  target: 'target',
  'framing:victims': 'target',
  'framing:legitimacy': 'legitimacy',
  'framing:actors': 'blame',
  blame: 'blame',
  denial: 'denial',
});

function questionFamily(s: Suggestion): string {
  const signal = s.key.split(':').slice(1, -1).join(':');
  const base = signal.startsWith('framing:') ? signal.split(':').slice(0, 2).join(':') : signal.split(':')[0] ?? '';
  return QUESTION_FAMILY[base] ?? base;
}

function sameFamily(a: Suggestion, b: Suggestion): boolean {
  return questionFamily(a) === questionFamily(b);
}

/** Analyses claims; exported for tests and tools that want the per-claim signals. */
export function analyse(claims: readonly ClaimInput[]): Analysed[] {
  return analyseClaims(Array.isArray(claims) ? claims : []);
}

/** Suggests disputes (conflicts and corroborations) among the claims of a case, best first. */
export function suggestDisputes(claims: readonly ClaimInput[], options: SuggestOptions = {}): Suggestion[] {
  const minScore = options.minScore ?? DEFAULTS.minScore;
  const max = options.maxSuggestions ?? DEFAULTS.maxSuggestions;
  const dismissed = new Set(options.dismissedKeys ?? []);
  const analysed = analyse(claims);
  if (analysed.length < 2) return [];
  // Vectors are indexed by claim index, so holes for malformed claims stay empty.
  const docs: string[][] = new Array(claims.length).fill(null).map(() => []);
  for (const a of analysed) docs[a.index] = a.stems;
  const vectors = tfidfVectors(docs);
  const all = [
    ...countDisputes(analysed),
    ...targetDisputes(analysed, vectors),
    ...framingDisputes(analysed, vectors),
    ...blameDisputes(analysed),
    ...denialDisputes(analysed, vectors),
  ];
  const ranked = all
    .filter((s) => s.score >= minScore && !dismissed.has(s.key))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  return dedupe(ranked).slice(0, max);
}
