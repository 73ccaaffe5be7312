// Reads every signal the suggesters need from each claim once: stems for similarity,
// counts, framing words, targets, blame and denial.
import { extractBlame, type Blame } from './blame';
import { findFrames, type FrameHit } from './framing';
import { findDenial } from './negation';
import { extractPlaces } from './places';
import { extractQuantities, type Quantity } from './quantities';
import { extractTargets, type Target } from './targets';
import { contentStems, eventWords, sourceKey, sourceName } from './text';
import type { ClaimInput } from './types';

/** A claim with everything read from it. */
export interface Analysed {
  index: number;
  claim: ClaimInput;
  source: string;
  sourceName: string;
  text: string;
  stems: string[];
  events: [string, string][];
  quantities: Quantity[];
  /** Set when the counts were inherited from the claim this one confirms ("confirmed the toll"). */
  confirms?: string;
  frames: FrameHit[];
  targets: Target[];
  blame: Blame[];
  denial: string[];
  /** Places the claim locates its event in (from the sentence when the content names none). */
  places: string[];
}

// "A security source confirmed the toll": a confirmation that refers back to a stated count.
const CONFIRMS_COUNT = /\b(?:confirm|corroborat|verif|back)\w*\b.*\b(?:toll|figures?|numbers?|count|casualt\w+|deaths?)\b|^\s*(?:the )?(?:death )?(?:toll|figures?|count)\s*$/i;

function safeText(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Analyses the claims of a case; malformed claims are read as empty rather than rejected. */
export function analyseClaims(claims: readonly ClaimInput[]): Analysed[] {
  const out: Analysed[] = [];
  const lastWithCount = new Map<string, Analysed>();
  claims.forEach((claim, index) => {
    if (!claim || typeof claim !== 'object') return;
    const text = safeText(claim.text).slice(0, 5000);
    const name = sourceName(claim);
    const a: Analysed = {
      index,
      claim,
      source: sourceKey(claim),
      sourceName: name,
      text,
      stems: contentStems(text),
      events: eventWords(text),
      quantities: extractQuantities(text),
      frames: findFrames(text),
      targets: [],
      blame: extractBlame(text, name, safeText(claim.cue)),
      denial: findDenial(text),
      places: [],
    };
    a.places = extractPlaces(text);
    if (!a.places.length && claim.sentence) a.places = extractPlaces(safeText(claim.sentence).slice(0, 5000));
    // A denied target ("strikes on civilian buildings are false") is not a claimed one; the cue
    // is read with the content because "blamed" + "the attack on X" names a culprit, not a target.
    if (a.denial.length === 0) a.targets = extractTargets(`${safeText(claim.cue)} ${text}`);
    const article = safeText(claim.articleId);
    const previous = lastWithCount.get(article);
    const confirmation = `${safeText(claim.cue)} ${text}`;
    if (a.quantities.length === 0 && previous && previous.source !== a.source && CONFIRMS_COUNT.test(confirmation.trim())) {
      a.quantities = previous.quantities;
      a.confirms = previous.claim.id;
    }
    if (a.quantities.length > 0) lastWithCount.set(article, a);
    out.push(a);
  });
  return out;
}
