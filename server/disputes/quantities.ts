// Casualty and similar counts stated in a claim ("four people were killed", "at least 12
// dead", "killing 26 civilians", "the death toll rose to 112"), each tied to its head
// (what was counted) so that counts of the same quantity from different sources compare.
import { tokenize, type Token } from './text';
import { dict } from '../lib/dict';

/** What a number counts. */
export type QuantityHead = 'killed' | 'wounded' | 'missing' | 'detained' | 'displaced';

/** One count found in a text. */
export interface Quantity {
  value: number;
  head: QuantityHead;
  /** Who was counted, singular-ish: 'people' unless a specific group is named ("children"). */
  subject: string;
  /** Lower end of a stated range ("between 100 and 300" → low 100, value 300). */
  low?: number;
  /** "at least", "more than", "nearly"… when stated. */
  modifier?: string;
  /** "dozens", "hundreds": compatible with many exact numbers, so never a position alone. */
  vague: boolean;
  /** Stated as an earlier figure ("a previous toll of 20"), superseded by a newer one. */
  superseded: boolean;
  /** A running total for the whole war or period ("400,000 killed since 2011"), not this event. */
  background: boolean;
  /** The words the count was read from, for labels and signals. */
  phrase: string;
}

const UNITS = dict({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
});
// Approximate words: kept so a label can say "dozens", never compared as exact values.
const VAGUE = dict({ dozen: 12, dozens: 36, scores: 60, hundreds: 300, thousands: 3000, several: 5 });

const HEADS = dict<QuantityHead>({
  killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', dead: 'killed', died: 'killed', die: 'killed',
  dying: 'killed', deaths: 'killed', death: 'killed', fatalities: 'killed', bodies: 'killed', martyrs: 'killed',
  martyred: 'killed', lives: 'killed', slain: 'killed', perished: 'killed', victims: 'killed', toll: 'killed',
  wounded: 'wounded', wounding: 'wounded', injured: 'wounded', injuring: 'wounded', injuries: 'wounded', hurt: 'wounded',
  missing: 'missing', abducted: 'missing', kidnapped: 'missing',
  arrested: 'detained', detained: 'detained', captured: 'detained', arrests: 'detained',
  displaced: 'displaced', fled: 'displaced',
});

const MODIFIERS = ['at least', 'more than', 'over', 'nearly', 'almost', 'about', 'around', 'approximately', 'up to', 'some', 'roughly', 'fewer than', 'less than'];
// A count of people, not of buses, hours or kilometres.
const NON_PERSON_UNITS = /^(?:hours?|cities|provinces?|districts?|neighbou?rhoods?|sites?|bases?|patrols?|convoys?|groups?|factions?|sides|stages|days?|weeks?|months?|years?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|percent|per|buses|vehicles|cars|trucks|towns?|villages?|drones?|rockets?|missiles?|shells?|times|dollars?|tonnes?|tons?|am|pm|gmt)$/;
const SUBJECTS = /^(?:people|persons|person|individuals|others|civilians?|children|child|kids|women|men|soldiers?|troops|servicemen|fighters?|militants?|rebels?|insurgents?|terrorists?|jihadists?|policemen|officers?|guards?|evacuees?|refugees?|residents?|workers?|students?|members?|commanders?|journalists?|doctors?|medics?|volunteers?|passengers?|worshippers?|protesters?|combatants?|gunmen|attackers?)$/;
const BREAK = /^(?:and|but|while|whereas|including|with|as|after|before|when|which|who)$/;
const SUPERSEDED = /\b(?:previous|earlier|initial|preliminary|first|updating|updated from|old)\b/;
const BACKGROUND = /\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few )?(?:days|weeks|months|years)\b|\b(?:in|since|during|last|earlier this|late|early) (?:january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|20\d\d)\b|\bsince\b|\b(?:so far|in total|overall)\b|\b(?:war|conflict|uprising|revolt)\b[^.]{0,40}\b(?:began|erupted|started|broke out)\b|\b(?:years?|months?) of\b/;

/** Reads the numeric value of a token, or undefined when it is not a count. */
export function numberValue(lower: string): { value: number; vague: boolean } | undefined {
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(lower)) return { value: Number(lower.replace(/,/g, '')), vague: false };
  if (lower in UNITS) return { value: UNITS[lower]!, vague: false };
  if (lower in VAGUE) return { value: VAGUE[lower]!, vague: true };
  return undefined;
}

// Subject noun right after the number, skipping up to three modifiers ("three US soldiers").
function subjectAfter(tokens: Token[], i: number): string | undefined {
  for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (SUBJECTS.test(w)) return w;
    if (HEADS[w] || BREAK.test(w) || numberValue(w)) return undefined;
  }
  return undefined;
}

function normaliseSubject(s: string | undefined): string {
  if (!s || /^(?:people|persons|person|individuals|others)$/.test(s)) return 'people';
  if (s === 'child' || s === 'kids') return 'children';
  return s.endsWith('s') || s.endsWith('men') || s === 'children' ? s : `${s}s`;
}

/** Finds the counts stated in a text, each with its head; numbers with no head are ignored. */
export function extractQuantities(text: string): Quantity[] {
  const tokens = tokenize(text);
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const num = numberValue(tok.lower);
    if (!num) continue;
    const next = tokens[i + 1]?.lower ?? '';
    // "two besieged towns", "75 buses": a count of things, not people.
    if ([1, 2, 3].some((k) => NON_PERSON_UNITS.test(tokens[i + k]?.lower ?? '') && !tokens.slice(i + 1, i + k).some((t) => HEADS[t.lower] || SUBJECTS.test(t.lower)))) continue;
    if (/^(?:19|20)\d\d$/.test(tok.lower)) continue; // a year
    if (/^0\d/.test(tok.lower) || (/^\d{4}$/.test(tok.lower) && tokens[i - 1]?.lower === 'at')) continue; // a clock time
    // "fifteen of the wounded", "109 of the dead": a part of another count.
    if (next === 'of' && /^(?:the|those)$/.test(tokens[i + 2]?.lower ?? '')) continue;
    // "one of the …", "one resident" read as a count rarely help, and "one" is often a pronoun.
    if (tok.lower === 'one') continue;
    if (next === 'hundred' || next === 'thousand') continue; // "four hundred" is read from "hundred"

    let head: QuantityHead | undefined;
    // Forward: "four people were killed", "12 dead", "109 of the dead".
    for (let j = i + 1; j <= i + 6 && j < tokens.length; j++) {
      const w = tokens[j]!.lower;
      if (numberValue(w) || BREAK.test(w)) break;
      if (HEADS[w] && w !== 'toll') { head = HEADS[w]; break; }
    }
    // Backward: "killing at least 100 people", "death toll … reached at least 126".
    if (!head) {
      for (let j = i - 1; j >= Math.max(0, i - 20); j--) {
        const w = tokens[j]!.lower;
        // Never reach back into the previous sentence.
        const gap = text.slice(tokens[j]!.start + tokens[j]!.text.length, tokens[j + 1]!.start);
        if (/[.!?;]/.test(gap)) break;
        // "three were killed and more than twenty others suffered …": the head belongs to the first count.
        if (BREAK.test(w)) break;
        if (numberValue(w)) break;
        const h = HEADS[w];
        if (h && (w === 'toll' || w === 'victims' || w === 'casualties' || i - j <= 4)) { head = h; break; }
        if (w === 'number' && tokens[j + 1]?.lower === 'of' && HEADS[tokens[j + 2]?.lower ?? '']) { head = HEADS[tokens[j + 2]!.lower]; break; }
      }
    }
    // A named group counted before a clause with another number: "68 children were among the 126 killed".
    if (!head && subjectAfter(tokens, i)) {
      for (let j = i + 1; j <= i + 10 && j < tokens.length; j++) {
        const w = tokens[j]!.lower;
        if (BREAK.test(w)) break;
        if (HEADS[w] && w !== 'toll') { head = HEADS[w]; break; }
      }
    }
    if (!head) continue;

    // "between 100 and 300 people", "100 to 300 dead": one range, read at its upper end.
    const prevNum = numberValue(tokens[i - 2]?.lower ?? '');
    const joiner = tokens[i - 1]?.lower ?? '';
    const low = prevNum && !prevNum.vague && (joiner === 'to' || (joiner === 'and' && tokens[i - 3]?.lower === 'between')) ? prevNum.value : undefined;
    if (low !== undefined) {
      const last = out[out.length - 1];
      if (last && last.value === low) out.pop();
    }
    const before = text.slice(Math.max(0, (low !== undefined ? tokens[i - 2]!.start : tok.start) - 60), tok.start).toLowerCase();
    const modifier = MODIFIERS.find((m) => before.trimEnd().endsWith(m));
    const sentenceStart = Math.max(text.lastIndexOf('.', tok.start), 0);
    const clause = text.slice(sentenceStart, tok.start + 80).toLowerCase();
    out.push({
      value: num.value,
      ...(low !== undefined ? { low } : {}),
      head,
      subject: normaliseSubject(subjectAfter(tokens, i)),
      ...(modifier ? { modifier } : {}),
      vague: num.vague,
      superseded: SUPERSEDED.test(before.slice(-45)),
      // "the five-year conflict which has killed more than 280000": a war total, not this event's toll.
      background: BACKGROUND.test(clause) || (num.value >= 5000 && /\b(?:war|conflict|uprising|revolution|crisis)\b/.test(clause)),
      phrase: text.slice(Math.max(0, tok.start - (modifier?.length ?? 0) - 1), tok.start + 40).trim(),
    });
  }
  return out;
}

/** "at least 4 killed", "12 children wounded": a short label for a count. */
export function quantityLabel(q: Pick<Quantity, 'value' | 'head' | 'subject' | 'modifier' | 'low'>): string {
  const who = q.subject === 'people' ? '' : ` ${q.subject}`;
  const mod = q.modifier && q.low === undefined ? `${q.modifier} ` : '';
  const n = q.low !== undefined ? `${q.low.toLocaleString('en-US')}–${q.value.toLocaleString('en-US')}` : q.value.toLocaleString('en-US');
  return `${mod}${n}${who} ${q.head}`;
}
