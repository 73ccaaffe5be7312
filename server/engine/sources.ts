// Source noun phrases for a cue: the NP before it, appositives ("X, the spokesman for Y,"),
// relative pronouns, subjects of non-finite or distant cues, coordinated predicates.
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import type { CueHit } from './cues';
import { anonymityRequest, withAbsolute } from './cues';
import { npLeft, npRight } from './phrases';
import { coarse } from './pos';
import { DASHES, isPronounLike, subjectStart } from './clauses';
import { PERSON_HEAD } from './entity-kinds';
import type { SentenceCtx } from './clauses';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening']);

/** The NP a relative pronoun at token `rel` refers to ("the officials, who …"). */
export function antecedentOf(toks: Token[], rel: number): [number, number] | undefined {
  let e = rel - 1;
  if (toks[e]?.lower === ',') e--;
  const s = npLeft(toks, e, 0);
  return s >= 0 ? [s, e] : undefined;
}

/** Source NP to the left of the cue, handling appositives, adverbs, "who" and coordination. */
export function sourceLeft(ctx: SentenceCtx, cue: CueHit, floor: number, simple = false): [number, number] | null {
  const { toks } = ctx;
  let end = cue.first - 1;
  // "X quietly conceded", "X, for her part, has criticised": step over adverbials.
  while (end >= floor && toks[end] && !isCapitalised(toks[end]) && (coarse(toks[end] as Token) === 'adv' || /ly$/.test(toks[end]?.lower ?? '')) && !isPronounLike(toks[end])) end--;
  // "The governor on Friday nominated": step over a time adjunct.
  if (end - 1 >= floor && WEEKDAYS.has(toks[end]?.lower ?? '')) {
    end--;
    if (/^(?:on|last|this|early|late)$/.test(toks[end]?.lower ?? '')) end--;
  }
  if (end < floor) return null;
  // "An official who asked not to be named said …": the source is the NP with its request.
  for (let w = end - 3; w >= Math.max(floor + 1, end - 8); w--) {
    if (toks[w]?.lower !== 'who' || anonymityRequest(toks, w + 1) !== end) continue;
    const s = npLeft(toks, w - 1, floor);
    if (s >= 0) return [s, end];
  }
  const before = toks[end];
  if (!before) return null;
  // "…, with rebel leaders demanding a ceasefire": the phrase after "with" is the source.
  const withNp = end === cue.first - 1 ? withAbsolute(toks, cue.head) : -1;
  if (withNp >= 0 && withNp >= floor) return [withNp, end];
  // Non-finite cues ("…, saying", "issued a memo stressing", "went on air to
  // deny") take the clause subject as their source.
  const headTok = toks[cue.head];
  if (!simple && headTok && (/ing$/.test(headTok.lower) || toks[cue.first]?.lower === 'to') && !/^(?:is|was|are|were|been|be|am|'s|'re)$/.test(toks[cue.first - 1]?.lower ?? '') && toks[cue.first]?.lower !== 'is' && toks[cue.first]?.lower !== 'was' && before.kind !== 'word') {
    if (floor > 0) return null;
    const s = subjectStart(toks, 0, end);
    const e = npRight(toks, s, end);
    return e >= 0 ? [s, e] : null;
  }
  if (!simple && headTok && /ing$/.test(headTok.lower) && cue.first === cue.head && coarse(before) === 'noun' && end > floor) {
    // After an earlier cue in the sentence ("issued a statement saying"), the caller shares it.
    if (floor > 0) return null;
    const s0 = subjectStart(toks, floor, end);
    const e0 = npRight(toks, s0, end);
    // Only when a verb separates the subject from the object right before the cue.
    let verb = false;
    for (let k = e0 + 1; k < end; k++) if (toks[k] && coarse(toks[k] as Token) === 'verb') verb = true;
    if (e0 >= 0 && verb) return [s0, e0];
  }
  // "Lebanon's National News Agency (NNA) said": the short form in brackets is part of the name.
  if (before.text === ')' && toks[end - 2]?.text === '(') {
    const s = npLeft(toks, end, floor);
    if (s >= 0) return [s, end];
  }
  if (before.lower === ',' || DASHES.has(before.text)) {
    // Appositive: "NAME, the spokesman for X, said" or "NAME -- an alliance of … -- said".
    // "…, while the Observatory, a monitor, put …": a contrasting clause starts a new subject.
    let from = floor;
    for (let k = end - 1; k > floor; k--) {
      if ((toks[k]?.lower === 'while' || toks[k]?.lower === 'whereas') && (toks[k - 1]?.lower === ',' || toks[k - 1]?.lower === ';')) { from = k + 1; break; }
    }
    const sep = before.text;
    let k = end - 1;
    while (k > from && toks[k]?.text !== sep && toks[k]?.text !== ',' && end - k < 30) k--;
    if (k > from && (toks[k]?.text === sep || toks[k]?.text === ',')) {
      const name = npLeft(toks, k - 1, from);
      // "Residents, however, reported …": an adverb between commas is no appositive.
      let adverbs = k + 1 < end;
      for (let j = k + 1; j < end && adverbs; j++) adverbs = !!toks[j] && (coarse(toks[j] as Token) === 'adv' || ASIDE_WORDS.has(toks[j]?.lower ?? ''));
      if (adverbs && name >= 0) return [name, k - 1];
      const descStart = k + 1;
      const d = toks[descStart];
      if (name >= 0 && d && (coarse(d) === 'det' || coarse(d) === 'adj' || coarse(d) === 'noun' || coarse(d) === 'num' || coarse(d) === 'prep') && name <= subjectStart(toks, from, end) + 1) return [name, end - 1];
      // "…, the military's media wing, Inter-Services Public Relations (ISPR), said": after the
      // content's comma, a description and then the name, each between commas.
      let k2 = k - 1;
      while (k2 > from && toks[k2]?.text !== ',' && k - k2 < 12) k2--;
      if (k2 > from && toks[k2]?.text === ',' && coarse(toks[k2 + 1] as Token) === 'det' && npRight(toks, k2 + 1, k - 1) === k - 1 && npLeft(toks, end - 1, k + 1) === k + 1 && isCapitalised(toks[k + 1])) return [k2 + 1, end - 1];
    }
    if (simple || (floor > 0 && /ing$/.test(toks[cue.head]?.lower ?? ''))) return null;
    // Participial or long appositive: the sentence subject up to the comma.
    const s = subjectStart(toks, from, end);
    const e = npRight(toks, s, end - 1);
    if (e >= 0 && end - s <= 45) return [s, e === end - 1 ? e : end - 1];
    return null;
  }
  if (before.lower === 'who' || before.lower === 'which' || before.lower === 'that') {
    // PolNeAR marks the relative pronoun itself as the source; coreference maps it onward.
    return [end, end];
  }
  if ((before.lower === 'and' || before.lower === 'or') && !simple) {
    // Coordinated predicate: "X questioned A and criticized B". After an earlier cue the
    // caller shares that cue's source instead.
    if (floor > 0) return null;
    const s = subjectStart(toks, 0, end);
    const e = npRight(toks, s, end - 1);
    return e >= 0 ? [s, e] : null;
  }
  let s = npLeft(toks, end, floor);
  if (s < 0) return null;
  // "…, a military officer and residents said": two sources coordinated after the content's
  // comma, when both heads are people who report.
  if (toks[s - 1]?.lower === 'and' && PERSON_HEAD.test(toks[end]?.lower ?? '')) {
    const s2 = npLeft(toks, s - 2, floor);
    if (s2 >= 0 && (s2 === floor || toks[s2 - 1]?.lower === ',') && PERSON_HEAD.test(toks[s - 2]?.lower ?? '')) s = s2;
  }
  // "a rally that featured Ortiz promising to …": before an -ing cue the NP is the subject of
  // the participle, not the object of a relative clause.
  const finite = !/ing$/.test(toks[cue.head]?.lower ?? '') && toks[cue.first]?.lower !== 'to';
  return [(finite ? relativeHead(toks, s, floor) : undefined) ?? s, end];
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
// Asides between commas that are not appositives: "Residents, for their part, said".
const ASIDE_WORDS = new Set(['however', 'meanwhile', 'too', 'also', 'though', 'for', 'their', 'his', 'her', 'its', 'part', 'in', 'turn', 'instead', 'likewise', 'separately']);

/** "A group that monitors the war said": when the NP before a cue is the object of a short
 * restrictive relative clause (pronoun, verb, NP), the source is the head NP with its clause.
 * Returns the head's first token, or undefined. */
function relativeHead(toks: Token[], s: number, floor: number): number | undefined {
  // The clause may carry a prepositional phrase before the cue: "who grow rice near the dam".
  let rel = s - 2;
  while (rel > floor && rel >= s - 8 && !RELATIVE_PRONOUNS.has(toks[rel]?.lower ?? '')) rel--;
  const verb = toks[rel + 1];
  if (!verb || rel - 1 < floor || !RELATIVE_PRONOUNS.has(toks[rel]?.lower ?? '')) return undefined;
  for (let k = rel + 2; k < s; k++) if (!['noun', 'proper', 'adj', 'det', 'num', 'prep'].includes(coarse(toks[k] as Token))) return undefined;
  // The tagger reads "monitors", "tracks" as plural nouns as readily as verbs.
  // But "a concession that aides to the mayor seized on": a noun that takes a
  // preposition is the clause's subject, and the cue is inside the clause.
  const objectNext = toks[rel + 2] && coarse(toks[rel + 2] as Token) !== 'prep';
  if (!(coarse(verb) === 'verb' || (verb.kind === 'word' && !isCapitalised(verb) && /(?:s|ed)$/.test(verb.lower) && objectNext))) return undefined;
  const head = npLeft(toks, rel - 1, floor);
  return head >= 0 && !isPronounLike(toks[head]) ? head : undefined;
}

const CLAUSE_OPENERS = new Set([';', 'but', 'while', 'when', 'that', 'because', 'as', 'after', 'since', 'if', 'although', 'though', 'whereas', 'where']);

/** The subject NP of the clause that contains the cue, if the clause starts with one. */
export function clauseSubject(toks: Token[], floor: number, cueFirst: number): [number, number] | null {
  let start = floor;
  for (let k = cueFirst - 1; k > floor; k--) {
    const t = toks[k];
    if (!t) break;
    if (CLAUSE_OPENERS.has(t.lower) || (t.lower === 'and' && toks[k - 1]?.lower === ',') || t.kind === 'quote') { start = k + 1; break; }
  }
  const s = subjectStart(toks, start, cueFirst);
  const t = toks[s];
  if (!t || s >= cueFirst) return null;
  // Only names, pronouns and determiner-led phrases make credible subjects.
  if (!(isPronounLike(t) || isCapitalised(t) || coarse(t) === 'det' || coarse(t) === 'num')) return null;
  const e = npRight(toks, s, cueFirst - 1);
  if (e < s) return null;
  let verb = false;
  for (let k = e + 1; k < cueFirst; k++) if (toks[k] && coarse(toks[k] as Token) === 'verb') verb = true;
  return verb || e === cueFirst - 1 ? [s, e] : null;
}

