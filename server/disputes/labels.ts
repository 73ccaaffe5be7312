// Short, readable position labels cut from the claims' own words.
import { capitalise, clip, STOPWORDS } from './text';

const STOP_AT = /^(?:that|which|who|because|but|while|and|when|after|before|said|says|on|in|at|to|for|of|from|with|as|by)$/;

/** The quoted words around offset `at` when they are short enough to be a label. */
function quotedAround(text: string, at: number, maxWords: number): string | undefined {
  const quotes = [...text.matchAll(/["“”]/g)].map((m) => m.index ?? 0);
  for (let i = 0; i + 1 < quotes.length; i += 2) {
    const open = quotes[i]!;
    const close = quotes[i + 1]!;
    if (open < at && at < close) {
      const inside = text.slice(open + 1, close).trim();
      const n = inside.split(/\s+/).length;
      // A one-word quote ("defensive") reads better with the words around it.
      return n >= 2 && n <= maxWords ? inside : undefined;
    }
  }
  return undefined;
}

/** A label for the words around offset `at`: the enclosing short quote, or a few words from there. */
export function phraseAt(text: string, at: number, maxWords = 6): string {
  const quoted = quotedAround(text, at, maxWords + 2);
  if (quoted) return capitalise(clip(quoted, maxWords + 2));
  const before = text.slice(0, at).replace(/["“”]/g, '').trim().split(/\s+/);
  const prev = before[before.length - 1]?.toLowerCase().replace(/[^a-z-]/g, '') ?? '';
  const words = text.slice(at).replace(/["“”]/g, '').trim().split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase().replace(/[^a-z-]/g, '');
    if (kept.length > 0 && STOP_AT.test(lw)) break;
    kept.push(w);
    if (kept.length >= maxWords || /[,.;:]$/.test(w)) break;
  }
  const lead = prev && !STOPWORDS.has(prev) && prev.length > 2 && !/ed$/.test(prev) ? `${prev} ` : '';
  return capitalise(clip(`${lead}${kept.join(' ')}`, maxWords));
}

// Datelines and reporting leftovers at the start of a content span ("Thursday that …").
const LEAD = /^(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|meanwhilee?|meanwhile|however|also)\b[\s,]*|that\s+|["“”]\s*|\d{1,2}\s+\w+\s+\d{4}\s+)+/i;

/** The text without leading day names, "that" and quotes, so it reads as a statement. */
export function statement(text: string): string {
  return text.trim().replace(LEAD, '').trim();
}
