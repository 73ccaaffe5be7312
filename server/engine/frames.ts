// Attribution frames within one sentence: for each cue, decide whether its content follows it
// ("X said that …"), precedes it ("…, X said." / "“…,” said X"), or surrounds an
// "according to X", then bound the source noun phrase and the content.
import type { Span } from './types';
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import type { CueHit } from './cues';
import { npLeft, npRight } from './phrases';
import { coarse, lexTag } from './pos';
import { DASHES, TIME_WORDS, WEEKDAYS, contentEnd, dashCut, isAdjunct, isPronounLike, quoteBefore, span } from './clauses';
import type { SentenceCtx } from './clauses';
import { antecedentOf, clauseSubject, sourceLeft } from './sources';
import { contentStop, cueLemma } from './content-end';
import { wordClasses } from './word-classes';

export type { SentenceCtx } from './clauses';

/** One attribution found in a sentence, as token ranges (inclusive) and content spans. */
export interface Frame {
  cue: CueHit;
  /** Source token range, or null when the sentence states none. */
  source: [number, number] | null;
  content: Span[];
  /** 'forward' (content after cue), 'backward' (content before), 'according' (according to X). */
  shape: 'forward' | 'backward' | 'according';
  /** True when the source was borrowed from a coordinated earlier cue ("X said … and added …"). */
  sharedSource?: boolean;
  /** Last token index this frame consumed (later cues start after it). */
  tokenEnd?: number;
  /** For a relative-pronoun source ("officials who said"), the NP it stands for. */
  antecedent?: [number, number];
  /** A second cue part, as a token range: "quoted X [as saying]". */
  cueTail?: [number, number];
  /** Built from a construction that is a report whatever the words ("…, a claim Kyiv did not
   * confirm"): the frame gate, fitted on verb cues, does not judge it. */
  certain?: boolean;
}

const TELL = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'asking', 'warned', 'assured', 'informed', 'reminded', 'briefed', 'promised', 'urged', 'convinced', 'notified']);
// Words that may open the clause of a following cue ("…, even as she praised …").
const BOUNDARY_WORDS = new Set(['as', 'even', 'when', 'while', 'because', 'after', 'before', 'since', 'although', 'though', 'if', 'so', 'then']);
const BE = /^(?:was|were|is|are|been|being|be)$/;
// Verbs that invert with their subject after the content ("…, said Ryder").
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'told', 'asked', 'asks', 'explained', 'continued', 'recalled', 'noted', 'argued', 'insisted', 'replied', 'warned', 'declared', 'reported', 'tweeted', 'stated', 'announced', 'concluded']);
const CLAUSE_SEP = new Set([',', 'and', 'but', ';', 'while', 'whereas', '--', '—', '–']);
const CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'or', 'then']);
const RELATIVES = new Set(['which', 'what', 'whom']);
// Cues whose grammatical subject is part of the content, with no source ("He seems to …",
// "The mayor reportedly met …").
const RAISING = new Set(['reportedly', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'expected', 'likely', 'poised', 'set']);

/** Build frames for the cues of one sentence. */
export function buildFrames(ctx: SentenceCtx, cues: CueHit[]): Frame[] {
  const { toks } = ctx;
  const frames: Frame[] = [];
  const lastContent = contentEnd(toks);
  const askedEnd = questionPreamble(ctx);
  let consumed = -1;
  cues.forEach((cue, ci) => {
    if (cue.head <= consumed) return;
    const next = cues[ci + 1];
    const prevFrame = frames[frames.length - 1];
    const floor = prevFrame ? (prevFrame.shape === 'forward' ? prevFrame.cue.last + 1 : Math.max(prevFrame.cue.last + 1, prevFrame.tokenEnd ?? 0)) : 0;
    const head = toks[cue.head];
    if (!head) return;
    if (cue.first < askedEnd) {
      // The question ends at its comma; who asked is seldom stated.
      const c = span(toks, cue.last + 1, askedEnd - 2);
      if (c) frames.push({ cue, source: null, content: [c], shape: 'forward', tokenEnd: askedEnd - 2 });
      return;
    }
    if (head.lower === 'according') {
      frames.push(accordingFrame(ctx, cue, lastContent));
      return;
    }
    const quoted = QUOTING.has(head.lower) ? quotedAsSaying(ctx, cue.last + 1, lastContent) : null;
    if (quoted) {
      // "RIA quoted a defence ministry source as saying …": the claim is the quoted source's;
      // the outlet only carried it. Cue: "quoted … as saying".
      const [np, as] = quoted;
      const ce = contentStop(toks, ctx.inQuote, as + 2, dashCut(toks, as + 2, lastContent, ctx.inQuote), cueLemma(toks, as + 1, as + 1));
      const c = span(toks, as + 2, ce);
      if (c) {
        frames.push({ cue, cueTail: [as, as + 1], source: np, content: [c], shape: 'forward', tokenEnd: ce });
        consumed = as + 1;
        return;
      }
    }
    const after = cue.last + 1;
    const restEnd = next ? next.first - 1 : lastContent;
    // Content before a cue may reach back over forward frames (which it then replaces).
    let backFloor = cue.first > askedEnd ? askedEnd : 0;
    for (const f of frames) if (f.shape !== 'forward') backFloor = Math.max(backFloor, (f.tokenEnd ?? f.cue.last) + 1);
    // "…, she said at the outset.", "…, he argued in interviews": the cue took the preposition,
    // but the phrase it opens is an adjunct all the same.
    let adjStart = after;
    while (adjStart - 1 > cue.head && ADJUNCT_PREPS.has(toks[adjStart - 1]?.lower ?? '')) adjStart--;
    let restIsAdjunct = isAdjunct(toks, adjStart, Math.min(lastContent, restEnd));
    // "…, a school spokesman told The Wall Street Journal.": an addressee alone after "told"
    // reports nothing; the content is before the source.
    if (!restIsAdjunct && TELL.has(head.lower)) {
      const e = npRight(toks, after, lastContent);
      // Not when the sentence opens with an adverbial ("After the ruling, X asked the court
      // for quick action"), nor for a request ("told them to leave"): the rest is the content.
      const fronted = FRONTED.has(toks[backFloor]?.lower ?? '');
      if (e >= 0 && !fronted && !/^(?:for|to)$/.test(toks[e + 1]?.lower ?? '') && isAdjunct(toks, e + 1, Math.min(lastContent, restEnd))) restIsAdjunct = true;
    }
    // "…, officials said on Tuesday, as Moscow pressed …": the comma that closes the cue's
    // adjuncts, when one does (see "content on both sides" below).
    let sideComma = adjStart;
    while (sideComma <= lastContent && toks[sideComma]?.lower !== ',') sideComma++;
    if (sideComma >= lastContent || ctx.inQuote(sideComma) || !isAdjunct(toks, adjStart, sideComma - 1)) sideComma = -1;
    // Past adjuncts, only a clause of the sentence's own continues the content ("…, as …",
    // "…, because …"); a quotation or a fronted "However," is something else.
    else if (sideComma > after && (!SUBORDINATORS.has(toks[sideComma + 1]?.lower ?? '') || cue.first - backFloor <= 4)) sideComma = -1;
    const beforeTok = toks[cue.first - 1];
    // "“…,” X said." / "“…,” said X, “…”": the quotation before the cue is the content.
    const q0 = cue.first > backFloor ? quoteBefore(ctx, backFloor, cue.first) : null;
    // A scare-quoted title ("author of “Dust,”") is not the content: require a real quotation.
    const q = q0 && (q0[1] - q0[0] >= 5 || q0[0] <= backFloor + 1) ? q0 : null;
    // When the sentence opens with the quotation, whatever follows the cue ("told the BBC",
    // "said of the plan", "wrote in May") is an adjunct unless it opens a that-clause.
    const opensWithQuote = q !== null && q[0] <= backFloor + 1;
    const restOpensClause = toks[after]?.lower === 'that' || toks[after]?.lower === ':';
    // A dash after the cue closes an aside: "Neither woman trusted him - “He never listens,”
    // Ms. Adeyemi said - but they …".
    const dashTok = toks[after];
    const asideCloses = !!dashTok && dashTok.text !== '(' && (DASHES.has(dashTok.text) || (dashTok.text === '-' && dashTok.start > (toks[cue.last]?.end ?? 0)));
    if (q && (restIsAdjunct || asideCloses || toks[after]?.kind === 'quote' || toks[after + 1]?.kind === 'quote' || beforeTok?.kind === 'quote' || beforeTok?.lower === ',' || (opensWithQuote && !restOpensClause))) {
      const qs = toks[backFloor]?.kind === 'quote' && ctx.inQuote(backFloor) ? backFloor : q[0];
      const c1 = span(toks, qs, q[1]);
      let source: [number, number] | null = null;
      let s0 = q[1] + 1;
      while (s0 < cue.first && toks[s0]?.lower === ',') s0++;
      let tokenEnd = cue.last;
      if (s0 < cue.first) {
        let e0 = cue.first - 1;
        while (e0 > s0 && toks[e0]?.lower === ',') e0--;
        // "… the Islamic State group, Rasool said": the source is the final NP unless it is
        // followed by an appositive comma.
        const np = toks[cue.first - 1]?.lower === ',' ? -1 : npLeft(toks, e0, s0);
        source = np > s0 && toks[np - 1]?.lower === ',' ? [np, e0] : [s0, e0];
      } else {
        let e = npRight(toks, after, lastContent);
        // '"…," said Yossi Mekelberg, an analyst at Chatham House.': the appositive describes
        // the source.
        const k = e >= 0 ? appositiveStop(toks, e, lastContent, 14, /^;$/) : -1;
        if (k >= 0 && (k > lastContent || (toks[k]?.lower === ',' && toks[k + 1]?.kind === 'quote'))) e = k - 1;
        if (e >= 0) { source = [after, e]; tokenEnd = e; }
      }
      const content: Span[] = c1 ? [c1] : [];
      // A second quotation right after the cue belongs to the same attribution.
      let k = tokenEnd + 1;
      while (k <= lastContent && toks[k]?.lower === ',') k++;
      if (toks[k]?.kind === 'quote' && ctx.inQuote(k)) {
        let e = k + 1;
        while (e + 1 < toks.length && ctx.inQuote(e + 1) && !(toks[e]?.kind === 'quote' && e > k)) e++;
        const c2 = span(toks, k, Math.min(e, toks.length - 1));
        if (c2) { content.push(c2); tokenEnd = e; }
      } else {
        // '“A,” said Lena Ortiz, 41, of Tulsa, Okla. “B.”': a later quotation in the
        // sentence, before any other cue, continues the same speaker.
        const stop = next ? next.first : toks.length;
        for (let m = k; m < stop; m++) {
          if (toks[m]?.kind !== 'quote' || !ctx.inQuote(m) || (m > 0 && ctx.inQuote(m - 1) && toks[m - 1]?.kind !== 'quote')) continue;
          let e = m + 1;
          while (e + 1 < toks.length && ctx.inQuote(e + 1) && !(toks[e]?.kind === 'quote' && e > m)) e++;
          const c2 = span(toks, m, Math.min(e, toks.length - 1));
          if (c2) { content.push(c2); tokenEnd = e; }
          break;
        }
      }
      if (content.length) { frames.push({ cue, source, content, shape: 'backward', tokenEnd }); return; }
    }
    // Passive: "Both raids were claimed by the rebel coalition": agent is the source, the
    // subject the content.
    if (toks[after]?.lower === 'by' && /(?:ed|en|wn)$/.test(head.lower)) {
      const e = npRight(toks, after + 1, lastContent);
      let ce = cue.first - 1;
      while (ce >= backFloor && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
      const sStart = npLeft(toks, ce, backFloor);
      const c = sStart >= 0 ? span(toks, sStart, ce) : null;
      // "He was angered by the decision": the subject feels, the agent is what about.
      const felt = EXPERIENCER_OBJECT.has(head.lower) && sStart >= 0;
      const agent = e >= 0 ? span(toks, after + 1, e) : null;
      if (felt && agent) { frames.push({ cue, source: [sStart, ce], content: [agent], shape: 'forward', tokenEnd: e }); return; }
      if (e >= 0 && c) { frames.push({ cue, source: [after + 1, e], content: [c], shape: 'backward', tokenEnd: e }); return; }
    }
    // Agentless passive: "The plan was finally approved last week" — the subject is the
    // content and no source is stated.
    let beIdx = cue.first;
    if (!BE.test(toks[beIdx]?.lower ?? '') && /ly$/.test(toks[beIdx - 1]?.lower ?? '')) beIdx -= 2;
    else if (!BE.test(toks[beIdx]?.lower ?? '')) beIdx -= 1;
    // A later agent: "The senator has been attacked on the tax plan by her rivals": the
    // agent is the source; the subject and what lies between are the content.
    let be = -1;
    for (let k = Math.max(backFloor, cue.first - 1); k < cue.head; k++) if (BE.test(toks[k]?.lower ?? '')) be = k;
    const by = be >= 0 && /(?:ed|en|wn)$/.test(head.lower) && !RAISING.has(head.lower) ? lateAgent(toks, after, lastContent) : -1;
    if (by > after && !EXPERIENCER_OBJECT.has(head.lower)) {
      const e = npRight(toks, by + 1, lastContent);
      let ce = Math.min(be, cue.first) - 1;
      while (ce >= backFloor && (toks[ce]?.lower === ',' || coarse(toks[ce] as Token) === 'adv')) ce--;
      const sStart = npLeft(toks, ce, backFloor);
      const c1 = sStart >= 0 ? span(toks, sStart, ce) : null;
      // What lies between is content ("on the speeches") unless it only says when ("on Monday").
      let when = true;
      for (let k = after; k < by; k++) if (!TIME_WORDS.has(toks[k]?.lower ?? '') && coarse(toks[k] as Token) !== 'det') when = false;
      const c2 = span(toks, after, by - 1);
      if (e >= 0 && c1 && c2 && isAdjunct(toks, e + 1, lastContent)) { frames.push({ cue, source: [by + 1, e], content: when ? [c1] : [c1, c2], shape: 'backward', tokenEnd: e }); return; }
    }
    if (beIdx >= backFloor && BE.test(toks[beIdx]?.lower ?? '') && /(?:ed|en|wn)$/.test(head.lower) && !RAISING.has(head.lower) && restIsAdjunct) {
      let ce = beIdx - 1;
      while (ce >= backFloor && (toks[ce]?.lower === ',' || coarse(toks[ce] as Token) === 'adv')) ce--;
      const sStart = npLeft(toks, ce, backFloor);
      const c = sStart >= 0 ? span(toks, sStart, ce) : null;
      if (c) { frames.push({ cue, source: null, content: [c], shape: 'backward', tokenEnd: cue.last }); return; }
    }
    // Inverted without quotes: "…, said Pentagon spokesman Maj. Gen. Pat Ryder."
    if (beforeTok && beforeTok.lower === ',' && cue.first > backFloor + 1 && INVERTIBLE.has(head.lower) && cue.first === cue.head) {
      const e = npRight(toks, after, lastContent);
      const nextT = toks[e + 1];
      // What precedes must be a clause: in "Residents, however, reported gunfire" it is the
      // subject with an adverb, and the cue is not inverted.
      let verb = false;
      for (let k = backFloor; k < cue.first - 1 && !verb; k++) verb = (toks[k] && coarse(toks[k] as Token) === 'verb') || ctx.inQuote(k);
      if (e >= 0 && verb && (isAdjunct(toks, e + 1, lastContent) || nextT?.lower === ',' || nextT?.lower === '(')) {
        const c = span(toks, backFloor, cue.first - 2);
        if (c) { frames.push({ cue, source: [after, e], content: [c], shape: 'backward', tokenEnd: e }); return; }
      }
    }
    const src = RAISING.has(head.lower) ? null : sourceLeft(ctx, cue, floor);
    // "The decision has angered the village elders": the one who feels is the object, what
    // they feel it about is the subject.
    if (src && EXPERIENCER_OBJECT.has(head.lower) && !BE.test(toks[cue.first - 1]?.lower ?? '') && !BE.test(toks[cue.first]?.lower ?? '') && !isPronounLike(toks[src[0]])) {
      const e = npRight(toks, after, lastContent);
      const c = span(toks, src[0], src[1]);
      if (e >= 0 && c && coarse(toks[after] as Token) !== 'prep') { frames.push({ cue, source: [after, e], content: [c], shape: 'backward', tokenEnd: e }); return; }
    }
    if (src && src[0] > backFloor + 1 && /^as$/.test(toks[src[0] - 1]?.lower ?? '') && (restIsAdjunct || toks[after]?.lower === ',')) {
      // "…, as the mayor's aide suggested": the content precedes "as" — unless only a
      // connective does ("But, as the aide said, …"): then it follows.
      let ce = src[0] - 2;
      while (ce >= backFloor && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
      const c = span(toks, backFloor, ce);
      const onlyConnective = ce - backFloor <= 1 && CONNECTIVES.has(toks[ce]?.lower ?? '');
      if (c && !onlyConnective) { frames.push({ cue, source: src, content: [c], shape: 'backward', tokenEnd: cue.last }); return; }
    }
    // "What annoyed him most, he said, was the delay": content on both sides; so too past the
    // cue's adjuncts, "…, officials said on Tuesday, as Moscow pressed its offensive".
    if (!restIsAdjunct && src && src[0] > backFloor + 1 && toks[src[0] - 1]?.lower === ',' && sideComma >= 0) {
      const c1 = span(toks, backFloor, src[0] - 2);
      const c2 = span(toks, sideComma + 1, lastContent);
      if (c1 && c2) { frames.push({ cue, source: src, content: [c1, c2], shape: 'backward', tokenEnd: lastContent }); return; }
    }
    // "Ankara accused the YPG of shelling the town, a charge the group denied": what the group
    // denied is "a charge", which stands for the clause before it; that clause keeps its own cue.
    // So too "…, an allegation Kyiv dismissed as “cynical lies”", where what they called it is
    // content as well.
    const calledAs = toks[cue.last]?.lower === 'as' && after <= lastContent;
    const denied = (restIsAdjunct || calledAs) && src ? reportNounBefore(toks, src, backFloor) : null;
    const called = calledAs ? span(toks, after, lastContent) : null;
    if (denied) { frames.push({ cue, source: denied.source, content: called ? [denied.noun, called] : [denied.noun], shape: 'backward', tokenEnd: called ? lastContent : cue.last }); return; }
    if (restIsAdjunct && src && src[0] > backFloor) {
      // "…, X said." — content is what precedes the source.
      let ce = src[0] - 1;
      while (ce >= backFloor && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
      const c = span(toks, backFloor, ce);
      if (c) { frames.push({ cue, source: src, content: [c], shape: 'backward', tokenEnd: cue.last }); return; }
    }
    // Forward content.
    let cs = after;
    if (TELL.has(head.lower)) {
      // Skip the addressee: "told AFP that …"; "urged" keeps its object (it is the content).
      const e = npRight(toks, cs, lastContent);
      const n = toks[e + 1];
      const zeroThat = !/^(?:urged|promised|asked|asking)$/.test(head.lower) ? addresseeEnd(toks, cs, e) : -1;
      if (e >= 0 && n && (n.lower === 'that' || n.kind === 'quote' || n.lower === ',' || n.lower === ':' || SUBJECT_PRONOUNS.has(n.lower)) && head.lower !== 'urged') cs = e + 1;
      // "told AFP the strikes had hit a bakery": no "that", so the addressee and the reported
      // clause's subject read as one noun phrase; it splits where a determiner or number opens
      // the subject, when a verb follows that subject.
      else if (zeroThat >= 0) cs = zeroThat + 1;
      // "told reporters in Baghdad on Monday that …": the adjuncts are skipped below.
      else if (e >= 0 && n && head.lower !== 'urged' && (coarse(n) === 'prep' || TIME_WORDS.has(n.lower))) {
        let k = e + 1;
        while (k <= Math.min(lastContent, e + 13) && toks[k]?.lower !== 'that') k++;
        if (toks[k]?.lower === 'that' && isAdjunct(toks, e + 1, k - 1)) cs = e + 1;
      }
    }
    // Skip adjuncts before "that" or an opening quote: "said on Tuesday that …", and a venue's
    // participle phrase: "said in a statement carried by state media that …".
    const a0 = VENUE_PARTICIPLES.has(toks[cs]?.lower ?? '') && toks[cs + 1] && (coarse(toks[cs + 1] as Token) === 'prep' || TIME_WORDS.has(toks[cs + 1]?.lower ?? '')) ? cs + 1 : cs;
    for (let k = a0; k <= Math.min(lastContent, a0 + 20); k++) {
      const t = toks[k];
      if (!t) break;
      if (coarse(t) === 'verb' && !TIME_WORDS.has(t.lower)) break;
      if (t.lower === 'that' || (t.kind === 'quote' && ctx.inQuote(k))) { if (k - a0 > 9 ? coarse(toks[a0] ?? t) === 'prep' || TIME_WORDS.has(toks[a0]?.lower ?? '') : isAdjunct(toks, a0, k - 1)) cs = k; break; }
    }
    while (cs <= lastContent && (toks[cs]?.lower === ',' || toks[cs]?.lower === ':')) cs++;
    // "said on Friday its forces had …": a day before the reported clause is not part of it
    // (but "said Monday's attack was …" keeps its possessive day).
    const day = toks[cs]?.lower === 'on' ? cs + 1 : cs;
    if (WEEKDAYS.has(toks[day]?.lower ?? '') && toks[day + 1]?.kind === 'word' && toks[day + 1]?.lower !== "'s" && day + 1 <= lastContent) cs = day + 1;
    let ceTok = lastContent;
    if (next) {
      // Stop before a coordinated or separate following attribution, not a nested "that X said".
      const nsrc = sourceLeft(ctx, next, after, true);
      const boundary = nsrc ? nsrc[0] : next.first;
      let b = boundary - 1;
      while (b > cs && (CLAUSE_SEP.has(toks[b]?.lower ?? '') || BOUNDARY_WORDS.has(toks[b]?.lower ?? ''))) b--;
      if (b < boundary - 1 && b >= cs) ceTok = b;
    }
    // "The strike -- which sources said left four dead -- was …": stop at the closing dash.
    if (src && src[0] > 0 && (toks[src[0] - 1]?.lower === 'which' || DASHES.has(toks[src[0] - 1]?.text ?? ''))) {
      // "The rule, which officials said will start in May, applies …": a comma closes the
      // aside as a dash does.
      const closers = toks[src[0] - 2]?.lower === ',' && toks[src[0] - 1]?.lower === 'which';
      for (let k = cs; k <= ceTok; k++) if (DASHES.has(toks[k]?.text ?? '') || (closers && toks[k]?.lower === ',' && !ctx.inQuote(k))) { ceTok = k - 1; break; }
    }
    // Beyond a lone dash, where the content ends is the fitted model's call: hand rules cutting
    // at ", when", ", which" or "and <verb>" cut clauses annotators keep more often than not.
    ceTok = dashCut(toks, cs, ceTok, ctx.inQuote);
    ceTok = contentStop(toks, ctx.inQuote, cs, ceTok, cueLemma(toks, cue.first, cue.last));
    const c = span(toks, cs, ceTok);
    if (!c) return;
    const content: Span[] = [c];
    // "He seems to have …", "The driver was identified as a teacher": the subject is part of
    // the content and there is no source — but not the addressee of a passive "was told" or
    // the experiencer of "was worried".
    const passive = beIdx >= floor && BE.test(toks[beIdx]?.lower ?? '') && /(?:ed|en|wn)$/.test(head.lower) && !TELL.has(head.lower) && wordClasses(head.lower).verb0 !== '37';
    const subjectIsContent = RAISING.has(head.lower) || passive;
    if (subjectIsContent) {
      const end = RAISING.has(head.lower) ? cue.first - 1 : beIdx - 1;
      const s = npLeft(toks, end, floor);
      const sc = s >= 0 ? span(toks, s, end) : null;
      if (sc) content.unshift(sc);
    }
    // "the rule, which officials said will take effect in May": the relative pronoun stands in
    // for the reported clause's subject (or object: "what critics called a scheme").
    const rel0 = src ? toks[src[0] - 1] : undefined;
    if (!subjectIsContent && src && src[0] - 1 >= floor && rel0 && RELATIVES.has(rel0.lower)) {
      const rs = span(toks, src[0] - 1, src[0] - 1);
      if (rs) content.unshift(rs);
    }
    let source = passive ? null : src;
    let shared = false;
    if (!source && !subjectIsContent && prevFrame?.source && beforeTok && (beforeTok.lower === 'and' || beforeTok.lower === 'but' || beforeTok.lower === ',' || /ing$/.test(head.lower))) { source = prevFrame.source; shared = true; }
    // Still none: the subject of the clause holding the cue ("The mayor … has vowed to appeal",
    // "the council is now trying to persuade").
    if (!source && !subjectIsContent) source = clauseSubject(toks, floor, cue.first);
    const rel = source && source[0] === source[1] && /^(?:who|which|that)$/.test(toks[source[0]]?.lower ?? '') ? antecedentOf(toks, source[0]) : undefined;
    frames.push({ cue, source, content, shape: 'forward', sharedSource: shared, tokenEnd: ceTok, ...(rel ? { antecedent: rel } : {}) });
  });
  // A backward frame's content ("…, X said") owns the clause before it: a cue inside it was a
  // false start (PolNeAR is univocal: one role per token).
  const inside = (f: Frame, g: Frame): boolean => g.content.some(([a, b]) => (toks[f.cue.head]?.start ?? -1) >= a && (toks[f.cue.head]?.end ?? -1) <= b);
  // Likewise a cue nested in a forward content ("X said Y told Z …") is part of that content,
  // unless it is an explicit embedded report: "… that the Central Command assessed that …".
  const embedded = (f: Frame): boolean => toks[f.cue.last + 1]?.lower === 'that' && !!f.source && isCapitalised(toks[f.source[1]]) && toks[f.source[0] - 1]?.lower === 'that';
  const kept = frames.filter((f) => !frames.some((g) => g !== f && (g.shape === 'backward' || g.shape === 'according') && inside(f, g)));
  // "…, an account disputed by his family", "…, a claim Kyiv did not immediately confirm": a
  // report noun at the end of a content, with a reaction and who reacted, is a second
  // attribution; the first content ends before it.
  for (const f of [...kept]) {
    const last = f.content[f.content.length - 1];
    if (f.shape !== 'forward' || !last) continue;
    const a = toks.findIndex((t) => t.start >= last[0]);
    for (let k = Math.max(a, 1); k + 4 < toks.length && (toks[k]?.end ?? Infinity) <= last[1]; k++) {
      if (!reportNounAt(toks, k + 1) || ctx.inQuote(k)) continue;
      const r = reactionAfter(toks, k + 3, lastContent);
      const noun = span(toks, k + 1, k + 2);
      if (!r || !noun) break;
      last[1] = toks[k - 1]?.end ?? last[1];
      kept.push({ cue: { head: r.cue[1], first: r.cue[0], last: r.cue[1], score: 0.7 }, source: r.source, content: [noun], shape: 'backward', tokenEnd: lastContent, certain: true });
      break;
    }
  }
  // A forward content stops where a later backward frame's content begins: 'The envoy asserted
  // that the truce had collapsed: “The guns are firing again,” he claimed.'
  for (const f of kept) {
    if (f.shape !== 'forward') continue;
    const last = f.content[f.content.length - 1];
    if (!last) continue;
    for (const g of kept) {
      const g0 = g.content[0];
      if (g === f || g.shape !== 'backward' || g.cue.head <= f.cue.head || !g0 || g0[0] <= last[0] || g0[0] >= last[1]) continue;
      let e = toks.findIndex((t) => t.start >= g0[0]) - 1;
      // Only at a clause break: a quotation running on inside the content ("said things
      // “should be wrapped up,” …") stays part of it.
      if (!/^(?::|;|--|—|–)$/.test(toks[e]?.text ?? '')) break;
      while (e >= 0 && (toks[e]?.start ?? 0) > last[0] && toks[e]?.kind !== 'word' && toks[e]?.kind !== 'num' && !(toks[e]?.kind === 'quote' && !ctx.inQuote(e))) e--;
      const end = toks[e]?.end ?? 0;
      if (end > last[0]) last[1] = end;
      break;
    }
  }
  return kept.filter((f) => f.shape !== 'forward' || !kept.some((g) => g !== f && g.shape === 'forward' && g.cue.head < f.cue.head && inside(f, g) && !embedded(f)));
}

const ADJUNCT_PREPS = new Set(['in', 'at', 'on', 'during']);
// Verbs whose object holds the feeling ("angered", "worried"); in the active voice the object is
// the source.
const EXPERIENCER_OBJECT = new Set(['angered', 'angers', 'anger', 'upset', 'upsets', 'outraged', 'outrages', 'infuriated', 'infuriates', 'enraged', 'frustrated', 'frustrates', 'alarmed', 'alarms', 'troubled', 'troubles', 'disappointed', 'disappoints', 'irritated', 'annoyed', 'dismayed', 'alienated', 'rattled', 'unnerved', 'spooked', 'stunned', 'shocked', 'pleased', 'delighted', 'impressed']);

// Words opening a fronted adverbial rather than a reported clause.
const FRONTED = new Set(['after', 'before', 'when', 'while', 'during', 'despite', 'following', 'since', 'amid', 'earlier', 'later']);

const QUOTING = new Set(['quoted', 'quoting', 'quotes', 'quote', 'cited', 'citing', 'cites']);
const AS_SAYING = new Set(['saying', 'telling', 'stating', 'describing', 'warning', 'adding', 'claiming', 'denying', 'confirming']);

/** "… quoted [a source] as saying": the NP's token range and the index of "as", or null. */
function quotedAsSaying(ctx: SentenceCtx, from: number, last: number): [[number, number], number] | null {
  const { toks } = ctx;
  for (let k = from + 1; k <= Math.min(last - 1, from + 15); k++) {
    if (toks[k]?.lower === 'as' && AS_SAYING.has(toks[k + 1]?.lower ?? '')) {
      const e = k - 1;
      return npLeft(toks, e, from) === from || npRight(toks, from, e) === e ? [[from, e], k] : null;
    }
    if (ctx.inQuote(k) || toks[k]?.lower === ';') return null;
  }
  return null;
}

/** The index of "by" opening a passive's agent within the next few words of the clause, or -1. */
function lateAgent(toks: Token[], from: number, last: number): number {
  for (let k = from; k <= Math.min(last, from + 8); k++) {
    const t = toks[k];
    if (!t || t.kind === 'quote' || /^(?:[,;:]|and|but|that|who|which)$/.test(t.lower) || (coarse(t) === 'verb' && !/(?:ed|en)$/.test(t.lower))) return -1;
    if (t.lower === 'by') return k;
  }
  return -1;
}

/** ", a|an|the <report noun>" with its determiner at d. */
function reportNounAt(toks: Token[], d: number): boolean {
  return toks[d - 1]?.lower === ',' && /^(?:a|an|the)$/.test(toks[d]?.lower ?? '') && REPORT_NOUNS.has(toks[d + 1]?.lower ?? '');
}

/** The report noun a source reacts to, right before it ("…, a charge the group denied") or run
 * together with it in one noun phrase ("…, an accusation Hezbollah rejected"): the noun's span
 * and the source without it. */
function reportNounBefore(toks: Token[], src: [number, number], floor: number): { noun: Span; source: [number, number] } | null {
  const [s, e] = src;
  const before = s - 3 > floor && reportNounAt(toks, s - 2) ? span(toks, s - 2, s - 1) : null;
  if (before) return { noun: before, source: src };
  const inside = e > s + 1 && s - 1 > floor && reportNounAt(toks, s) ? span(toks, s, s + 1) : null;
  return inside ? { noun: inside, source: [s + 2, e] } : null;
}

/** After a report noun at k: "disputed by NP" or "NP (did not|could not|…)? (immediately)? VERB"
 * closing the sentence. The reaction's cue and source token ranges, or null. */
function reactionAfter(toks: Token[], k: number, last: number): { cue: [number, number]; source: [number, number] } | null {
  if (REACTIONS.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'by') {
    const e = npRight(toks, k + 2, last);
    return e >= 0 ? { cue: [k, k], source: [k + 2, e] } : null;
  }
  const e = npRight(toks, k, last);
  if (e < 0) return null;
  let v = e + 1;
  const first = v;
  while (v < last && /^(?:did|does|do|could|can|would|has|have|had|not|n't|never|immediately|independently|publicly|yet|also|quickly)$/.test(toks[v]?.lower ?? '')) v++;
  const verb = toks[v];
  return v === last && verb && coarse(verb) === 'verb' ? { cue: [first, v], source: [k, e] } : null;
}

// Reactions to a report in "…, an account disputed by his family".
const REACTIONS = new Set(['disputed', 'denied', 'rejected', 'contested', 'challenged', 'questioned', 'dismissed', 'confirmed', 'echoed', 'backed', 'supported', 'repeated', 'corroborated', 'contradicted']);

// Participles that attach a channel to a venue: "in a statement carried by SANA".
const VENUE_PARTICIPLES = new Set(['carried', 'published', 'posted', 'released', 'issued', 'broadcast', 'aired', 'quoted', 'cited', 'sent', 'distributed', 'reported']);

// Nouns that stand for a report in "…, a charge the group denied".
const REPORT_NOUNS = new Set(['charge', 'claim', 'accusation', 'allegation', 'assertion', 'account', 'version', 'report', 'statement', 'figure', 'toll', 'assessment', 'description', 'characterisation', 'characterization']);

// Words that open a clause of the sentence after a report's adjuncts ("…, X said, as …").
const SUBORDINATORS = new Set(['as', 'while', 'after', 'amid', 'when', 'because', 'since', 'before', 'following', 'despite', 'though', 'although', 'even', 'whereas', 'prompting', 'adding']);

// "told reporters she would run": a subject pronoun after the addressee opens the reported clause.
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** In "told AFP the strikes had hit …", the last token of the addressee ("AFP"), or -1: the
 * noun phrase from `cs` to `e` must hold a noun or name followed by a determiner or number
 * that opens a second phrase, and a verb must follow that phrase. "promised voters a tax
 * cut" has no verb after its second phrase and stays whole. */
function addresseeEnd(toks: Token[], cs: number, e: number): number {
  if (e <= cs) return -1;
  for (let k = cs + 1; k <= e; k++) {
    const t = toks[k];
    const p = toks[k - 1];
    // "warned residents of the dangers the river …": past a preposition it is one phrase.
    if (!t || !p || coarse(t) === 'prep') return -1;
    if (coarse(p) !== 'noun' && coarse(p) !== 'proper') continue;
    if ((coarse(t) === 'det' && t.lower !== "'s") || t.kind === 'num') {
      const after = toks[e + 1];
      return after && coarse(after) === 'verb' ? k - 1 : -1;
    }
  }
  return -1;
}

/** "Asked whether he would resign, Gomez said, …": an opening question clause is a report of
 * its own (cue "Asked"), never the content of the answer's cue. Returns the first token after
 * its comma, or 0 when the sentence does not open that way. */
function questionPreamble(ctx: SentenceCtx): number {
  const { toks } = ctx;
  const k0 = toks[0]?.lower === 'when' ? 1 : 0;
  if (!/^(?:asked|pressed|questioned)$/.test(toks[k0]?.lower ?? '')) return 0;
  for (let k = k0 + 1; k < toks.length && k < 40; k++) {
    if (toks[k]?.lower === ',' && !ctx.inQuote(k)) return k + 1;
  }
  return 0;
}

const CLAUSE_WORDS = /^(?:that|who|which|said|says|is|was|are|were|has|have|had|will|would|could|can|may|might)$/;

/** After a source NP ending at token e, an appositive ", a/an/the …": the index of the token
 * that ends it (a comma, a quotation, a `stop` word, or past `last` or `reach` tokens), or -1
 * when no appositive follows. Callers decide whether that ending closes the appositive. */
function appositiveStop(toks: Token[], e: number, last: number, reach: number, stop: RegExp): number {
  if (toks[e + 1]?.lower !== ',' || !/^(?:a|an|the)$/.test(toks[e + 2]?.lower ?? '')) return -1;
  let k = e + 3;
  while (k <= last && k <= e + reach && toks[k]?.lower !== ',' && toks[k]?.kind !== 'quote' && !stop.test(toks[k]?.lower ?? '')) k++;
  return k;
}

/** "According to X, …" / "…, according to X." / "… according to X." */
function accordingFrame(ctx: SentenceCtx, cue: CueHit, lastContent: number): Frame {
  const { toks } = ctx;
  const after = cue.last + 1;
  let e = npRight(toks, after, lastContent);
  // The source runs to the next comma ("a study by the city council"), unless a verb intervenes.
  if (e >= 0) {
    let k = e + 1;
    // (Participles stay: "according to documents seen by Reuters".)
    while (k <= lastContent && toks[k]?.lower !== ',' && !(toks[k] && coarse(toks[k] as Token) === 'verb' && !/(?:ed|ing)$/.test(toks[k]?.lower ?? '') && !lexTag(toks[k] as Token).startsWith('VBN'))) k++;
    if (k > lastContent || toks[k]?.lower === ',') e = k - 1;
  }
  // "According to the Centre for Conflict Studies, a Geneva-based think tank, …": an
  // appositive between commas describes the source.
  // ("think tank" reads as a verb to the tagger: a short stretch without a clause word will do.)
  const k = e >= 0 ? appositiveStop(toks, e, lastContent, 12, CLAUSE_WORDS) : -1;
  if (k >= 0 && toks[k]?.lower === ',' && k < lastContent) e = k - 1;
  const source: [number, number] | null = e >= 0 ? [after, e] : null;
  const srcEnd = e >= 0 ? e : cue.last;
  const content: Span[] = [];
  let ce = cue.first - 1;
  while (ce >= 0 && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
  const left = span(toks, 0, ce);
  if (left) content.push(left);
  let rs = srcEnd + 1;
  while (rs <= lastContent && (toks[rs]?.lower === ',' || DASHES.has(toks[rs]?.text ?? ''))) rs++;
  const right = span(toks, rs, lastContent);
  if (right && rs <= lastContent) content.push(right);
  return { cue, source, content, shape: 'according' };
}
