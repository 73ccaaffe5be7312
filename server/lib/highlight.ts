// Highlighting an article: claim content, cue words and source mentions laid over the
// text. Marks may overlap (nested attributions, a mention inside a quote), so the text is
// cut at every mark boundary and each piece carries all the marks covering it.

export type MarkKind = 'content' | 'cue' | 'source';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  claimId: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Claims whose content covers this piece, innermost (shortest) first. */
  content: number[];
  cue: number[];
  source: number[];
  /** Claims whose content starts here: the page puts their source label before this piece. */
  starts: number[];
}

/**
 * Cuts `text[from, to)` at every boundary of the marks overlapping it. Linear in text
 * length plus marks (sorted boundary sweep), so a long article with many claims stays fast.
 */
export function segment(text: string, marks: readonly Mark[], from = 0, to = text.length): Segment[] {
  const inside = marks.filter((m) => m.start < to && m.end > from && m.start < m.end);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, from));
    cuts.add(Math.min(m.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= s) active.push(byStart[next++]!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= s) active.splice(k, 1);
    const here = (kind: MarkKind) =>
      active
        .filter((m) => m.kind === kind)
        .sort((a, b) => a.end - a.start - (b.end - b.start))
        .map((m) => m.claimId);
    out.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      content: unique(here('content')),
      cue: unique(here('cue')),
      source: unique(here('source')),
      starts: unique(active.filter((m) => m.kind === 'content' && m.start === s).map((m) => m.claimId)),
    });
  }
  return out;
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)];
}

/** Up to three initials for a source label ("Kataeb Hezbollah" → "KH"). */
export function initials(name: string): string {
  const words = name.split(/[\s\-–—]+/).filter((w) => /\p{L}/u.test(w) && !/^(the|of|for|and|a|an|al|el)$/i.test(w));
  const letters = words.map((w) => (/\p{L}/u.exec(w)?.[0] ?? '').toUpperCase());
  return letters.slice(0, 3).join('') || '?';
}

/** Number of source colour classes in the stylesheet (src-c0 … src-c9). */
export const PALETTE_SIZE = 10;

/** Colour slots for sources in order of first appearance; repeats only past the palette. */
export function colourSlots(sourceKeys: readonly (number | null)[]): Map<number | null, number> {
  const slots = new Map<number | null, number>();
  for (const k of sourceKeys) if (k !== null && !slots.has(k)) slots.set(k, slots.size % PALETTE_SIZE);
  return slots;
}
