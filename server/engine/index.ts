// Public entry point of the source-attribution engine: text in, attributions out.
// Stages: paragraphs/sentences → quotes → tokens → cues → frames (source, content) →
// quote continuation → coreference → hedges → publisher claims.
import type { Attribution, AttributionMode, ExtractionResult, Span } from './types';
import { splitParagraphs, splitSentences } from './sentences';
import { findQuotes, quoteIndex } from './quotes';
import { tokenize } from './tokens';
import { skipDateline } from './dateline';
import type { Token } from './tokens';
import { dropNestedCues, findCues } from './cues';
import { isTitleCase, uncapitaliseTitle } from './pos';
import { buildFrames } from './frames';
import { resolveEntities } from './entities';
import { findHedges } from './hedges';
import { publisherClaims } from './publisher';
import { frameFeatures, keepFrame } from './frame-filter';
import type { FrameView } from './frame-filter';
import { NameSink } from './hashed-weights';

export const ENGINE_VERSION = '0.3.1';

// Real sentences stay far below this; a longer run (no punctuation, pasted tables) is cut into
// windows so per-sentence work, which may look back and forth within a sentence, stays linear.
const MAX_SENTENCE_TOKENS = 200;

/** Options for one extraction. */
export interface ExtractOptions {
  /** Name of the publishing outlet, used for the publisher's own claims. */
  publisher?: string;
  /** For fitting the frame gate: keep every frame, and report each attribution built from a
   * frame, as finally extracted, with the gate's feature names. */
  collectFrames?: (features: string[], att: { cue: Span[]; content: Span[] }) => void;
}

/** Working record: an attribution plus where it came from, before entities are resolved. */
export interface Draft {
  att: Attribution;
  /** Paragraph index, for quote continuation across paragraphs. */
  para: number;
  /** Source text as written ('' when none), for coreference. */
  sourceText: string;
  /** Index of the draft whose source this one continues (cue-less quote paragraphs, shared sources). */
  continues: number | null;
  /** Frame-gate features, only when collecting them for fitting. */
  features?: string[] | undefined;
}

/** Which paragraph contains each sentence (both lists are sorted, so one merge pass). */
function paragraphOf(sentences: Span[], paragraphs: Span[]): number[] {
  const out: number[] = [];
  let p = 0;
  for (const s of sentences) {
    while (p + 1 < paragraphs.length && (paragraphs[p]?.[1] ?? 0) <= s[0]) p++;
    out.push(p);
  }
  return out;
}

/** Direct when the content is all quotation, mixed when partly, indirect otherwise. */
function modeOf(content: Span[], qidx: Int32Array, text: string): AttributionMode {
  let inQ = 0;
  let words = 0;
  for (const [s, e] of content) {
    for (let i = s; i < e; i++) {
      if (/\s/.test(text.charAt(i))) continue;
      words++;
      if (qidx[i] !== -1) inQ++;
    }
  }
  if (words === 0 || inQ === 0) return 'indirect';
  return inQ / words > 0.9 ? 'direct' : 'mixed';
}

/** True when a sentence is essentially a quotation (opens with a quote mark). */
function isQuoteSentence(text: string, s: Span, qidx: Int32Array): boolean {
  if (qidx[s[0]] === -1 || qidx[s[0]] === undefined) return false;
  let inQ = 0;
  for (let i = s[0]; i < s[1]; i++) if (qidx[i] !== -1) inQ++;
  return inQ / Math.max(1, s[1] - s[0]) > 0.8 && /["“'‘«]/.test(text.charAt(s[0]));
}

/** Extract who-said-what attributions from an article's text. */
export function extractAttributions(text: string, options: ExtractOptions = {}): ExtractionResult {
  if (typeof text !== 'string' || text.length === 0) return { version: ENGINE_VERSION, attributions: [], entities: [] };
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const qidx = quoteIndex(text.length, quotes);
  const sentences = splitSentences(text);
  const paraOf = paragraphOf(sentences, paragraphs);
  const drafts: Draft[] = [];
  const covered: Span[] = [];
  let pending: { spans: Span[]; para: number } | null = null;
  sentences.forEach((sent, si) => {
    const all = tokenize(text, [skipDateline(text, sent), sent[1]]);
    for (let k = 0; k < all.length; k += MAX_SENTENCE_TOKENS) processSentence(sent, si, all.length > MAX_SENTENCE_TOKENS ? all.slice(k, k + MAX_SENTENCE_TOKENS) : all);
  });
  function processSentence(sent: Span, si: number, raw: Token[]): void {
    // Headlines capitalise every word; read them as ordinary text so capitals mean names again.
    const toks = isTitleCase(raw) ? uncapitaliseTitle(raw) : raw;
    const inQuote = (i: number): boolean => { const t = toks[i]; return !!t && qidx[t.start] !== -1; };
    // Headings and fragments ("- Repeated attacks -") carry no attribution.
    let words = 0;
    for (const t of toks) if (t.kind === 'word') words++;
    const cues = words >= 3 ? dropNestedCues(toks, findCues(toks, inQuote), inQuote) : [];
    const frames = buildFrames({ text, toks, inQuote }, cues);
    const para = paraOf[si] ?? 0;
    const before = drafts.length;
    let lastKept = true;
    frames.forEach((f, fi) => {
      const view: FrameView = { toks, frame: f, contentToks: f.content.map((c) => tokenRange(toks, c)), inQuote, index: fi, count: frames.length, sentence: si };
      let features: string[] | undefined;
      if (options.collectFrames) { const names = new NameSink(); frameFeatures(view, names); features = names.names; }
      else if (!f.certain && !keepFrame(view)) { lastKept = false; return; }
      const src = f.source ? ([toks[f.source[0]]?.start ?? 0, toks[f.source[1]]?.end ?? 0] as Span) : null;
      const cue: Span = [toks[f.cue.first]?.start ?? 0, toks[f.cue.last]?.end ?? 0];
      const att: Attribution = {
        source: src ? [src] : [],
        cue: f.cueTail ? [cue, [toks[f.cueTail[0]]?.start ?? 0, toks[f.cueTail[1]]?.end ?? 0]] : [cue],
        content: f.content,
        mode: f.shape === 'according' ? 'according_to' : modeOf(f.content, qidx, text),
        entityId: null,
        hedges: [],
        confidence: Math.min(0.99, 0.35 + 0.6 * f.cue.score) * (src ? 1 : 0.8),
      };
      // A shared source continues the previous frame only if the gate kept that frame.
      const sharedFrom = f.sharedSource && lastKept ? drafts.length - 1 : null;
      lastKept = true;
      // A relative pronoun source is resolved through the NP it stands for.
      const ante = f.antecedent ? text.slice(toks[f.antecedent[0]]?.start ?? 0, toks[f.antecedent[1]]?.end ?? 0) : null;
      drafts.push({ att, para, sourceText: ante ?? (src ? text.slice(src[0], src[1]) : ''), continues: sharedFrom, features });
    });
    if (pending) {
      // A quotation sentence held back for this one: prepend it to the attribution whose
      // content opens this sentence ("“A.” “B,” she said." is one attribution).
      const target = drafts.slice(before).find((d) => (d.att.content[0]?.[0] ?? -1) <= (toks[0]?.start ?? 0) + 1 && d.para === pending?.para);
      if (target) target.att.content.unshift(...pending.spans);
      else continueSpeaker(pending.spans[0] as Span, pending.para);
      pending = null;
    }
    if (drafts.length > before) { covered.push(sent); return; }
    if (toks.length === MAX_SENTENCE_TOKENS) return;
    // A quotation with no cue continues the previous speaker: inside the same paragraph it is
    // another part of that attribution; a new paragraph gets its own cue-less attribution.
    if (!isQuoteSentence(text, sent, qidx)) return;
    covered.push(sent);
    const next = sentences[si + 1];
    if (next && paraOf[si + 1] === para && qidx[next[0]] !== -1 && SPEECH_AFTER.test(text.slice(next[0], next[1]))) {
      pending = { spans: [trimEnd(text, sent)], para };
      return;
    }
    continueSpeaker(trimEnd(text, sent), para);
  }
  /** Give a cue-less quotation to the paragraph's current speaker (see above). */
  function continueSpeaker(c: Span, para: number): void {
    // The speaker continues: prefer the latest attribution in this paragraph that quoted someone
    // (a later indirect cue in the same sentence, "…, who thinks …", is not the speaker).
    let prevIdx = drafts.length - 1;
    for (let k = drafts.length - 1; k >= 0 && drafts[k]?.para === para; k--) {
      const m = drafts[k]?.att.mode;
      if (m === 'direct' || m === 'mixed') { prevIdx = k; break; }
    }
    const prev = drafts[prevIdx];
    if (!prev || prev.att.publisher) return;
    // A quotation left open at the end of the previous paragraph is still running (news style
    // for multi-paragraph quotes): the new paragraph is more of the same attribution.
    const lastSpan = prev.att.content[prev.att.content.length - 1];
    const lastQuote = lastSpan ? quotes[qidx[Math.max(lastSpan[0], lastSpan[1] - 1)] ?? -1] : undefined;
    const stillOpen = !!lastQuote && !lastQuote.closed && prev.para === para - 1;
    if (prev.para === para || stillOpen) {
      prev.att.content.push(c);
      prev.att.mode = prev.att.mode === 'indirect' ? 'mixed' : prev.att.mode;
    } else if (prev.para >= para - 1) {
      drafts.push({
        att: { source: [], cue: [], content: [c], mode: 'direct', entityId: null, hedges: [], confidence: 0.5 },
        para,
        sourceText: '',
        continues: prevIdx,
      });
    }
  }
  // Defensive: a role span must be a non-empty range inside the text.
  const ok = (sp: Span): boolean => sp[0] >= 0 && sp[1] <= text.length && sp[0] < sp[1];
  for (const d of drafts) {
    d.att.source = d.att.source.filter(ok);
    d.att.cue = d.att.cue.filter(ok);
    d.att.content = d.att.content.filter(ok);
  }
  const attributions = drafts.filter((d) => d.att.content.length > 0).map((d) => d.att);
  // Labelled on the final attribution: a quotation that continues it belongs to its content.
  if (options.collectFrames) for (const d of drafts) if (d.features && d.att.content.length > 0) options.collectFrames(d.features, d.att);
  for (const a of attributions) a.hedges = findHedges(text, a);
  const entities = resolveEntities(text, drafts, sentences);
  const pub = publisherClaims(text, sentences, covered, options.publisher ?? 'Publisher', entities.length);
  if (pub.attributions.length > 0) {
    entities.push(pub.entity);
    attributions.push(...pub.attributions);
  }
  return { version: ENGINE_VERSION, attributions, entities };
}

// A quotation closed and followed by its cue: '“…,” she said' / '“…?” asked Smith'.
const SPEECH_AFTER = /["”'][,.!?]?\s+[^.!?"“”]{0,60}?\b(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|explained|continued|tweeted|noted|argued|insisted|recalled|warned|declared)\b/;

/** Inclusive token range covering the character span c (tokens are sorted). */
function tokenRange(toks: Token[], c: Span): [number, number] {
  let a = 0;
  while (a < toks.length - 1 && (toks[a]?.end ?? 0) <= c[0]) a++;
  let b = a;
  while (b + 1 < toks.length && (toks[b + 1]?.start ?? Infinity) < c[1]) b++;
  return [a, b];
}

/** A sentence span without its final full stop (quotation marks stay). */
function trimEnd(text: string, s: Span): Span {
  let e = s[1];
  while (e > s[0] && /[.!?\s]/.test(text.charAt(e - 1))) e--;
  return [s[0], e];
}
