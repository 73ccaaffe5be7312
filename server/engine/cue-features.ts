// Context classes around a candidate cue word. Shared by the fitting script and the runtime
// so the fitted probabilities are looked up with exactly the features they were counted on.
import type { Token } from './tokens';
import { startsUpper } from './tokens';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'any', 'some', 'each', 'every']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'did', 'does', 'do', 'can', 'must', "'s"]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which']);
const PREPOSITIONS = new Set(['in', 'of', 'at', 'with', 'by', 'from', 'after', 'during', 'as', 'into', 'over', 'under', 'before']);

/** Class of the token before a candidate cue. */
export function prevClass(t: Token | undefined): string {
  if (!t) return 'bos';
  const w = t.lower;
  if (DETERMINERS.has(w)) return 'det';
  if (w === 'to') return 'to';
  if (w === 'also' || w === 'not' || w === 'never' || w === 'reportedly' || w === 'repeatedly') return 'adv';
  if (AUXILIARIES.has(w)) return 'aux';
  if (PRONOUNS.has(w)) return 'pron';
  if (t.kind === 'quote') return 'quote';
  if (w === ',') return 'comma';
  if (t.kind === 'punct') return 'punct';
  if (t.kind === 'num') return 'num';
  if (startsUpper(t.text)) return 'cap';
  if (w.endsWith('ly')) return 'ly';
  return 'low';
}

/** Class of the token after a candidate cue. */
export function nextClass(t: Token | undefined): string {
  if (!t) return 'eos';
  const w = t.lower;
  if (w === 'that' || w === 'to' || w === 'for' || w === 'on' || w === 'about' || w === 'in' || w === 'of' || w === 'as' || w === 'by' || w === 'it' || w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i' || w === 'the' || w === 'a') return w;
  if (DETERMINERS.has(w)) return 'det';
  if (PREPOSITIONS.has(w)) return 'prep';
  if (PRONOUNS.has(w)) return 'pron';
  if (t.kind === 'quote') return 'quote';
  if (w === ',' || w === ':' || w === '.') return w;
  if (t.kind === 'punct') return 'punct';
  if (t.kind === 'num') return 'num';
  if (startsUpper(t.text)) return 'cap';
  if (w.endsWith('ly')) return 'ly';
  return 'low';
}
