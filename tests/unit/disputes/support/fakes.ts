// Turns FA-KES articles (F. K. Abu Salem et al. 2019, Zenodo 2607278, CC BY 4.0) into claims
// for dispute-suggestion tests. The real extraction engine lives elsewhere, so this is a
// deliberately simple stand-in: sentence split, a reporting-verb heuristic for the source,
// "it/he/she/they" → the previous source, and the outlet as the fallback source.
import type { ClaimInput } from '../../../../server/disputes/types';

export interface FakesArticle {
  id: string;
  title: string;
  outlet: string;
  date: string;
  location: string;
  text: string;
}

const CUES = 'said|says|told|added|reported|warned|claimed|stated|confirmed|announced|counted|blamed|accused|denied|condemned|described|insisted|estimated|noted|quoted';
// Words that may sit inside a source noun phrase even when lower-case.
const NP_WORD = /^(?:the|a|an|of|for|and|al|pro|british-based|britain-based|uk-based|monitoring|group|monitor|official|officials|source|sources|spokesman|spokeswoman|media|outlets|security|military|activist|activists|correspondent|agency|news|state|local|rescue|workers|residents?|resident|evacuees|witness|witnesses|army|regime|government|ministry|opposition|rebel|rebels|group|governor|observers?|pro-damascus|pro-government|pro-opposition|main|armed|key|human|rights|syrian|russian|turkish|iranian|media|television|tv|doctors?|medical|medics)$/i;

/** Splits article text into sentences (FA-KES has few commas and no apostrophes). */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\b(U\.S|U\.N|Mr|Mrs|Dr|Gen|Lt|Col|Maj|Sgt|St)\./g, '$1\u2024')
    .split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z0-9])/)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter((s) => s.split(/\s+/).length >= 4);
}

interface Attribution {
  content: string;
  source?: string;
  cue?: string;
}

// "… the Syrian Observatory for Human Rights said on Sunday": walk back from the cue over
// capitalised words and source-phrase words.
function sourceBefore(words: string[], cueAt: number): number {
  let start = cueAt;
  for (let i = cueAt - 1; i >= 0 && cueAt - i <= 9; i--) {
    const w = words[i]!.replace(/["“”,]/g, '');
    if (/[A-Z]/.test(w) || NP_WORD.test(w)) start = i;
    else break;
  }
  // Do not start on a conjunction or preposition.
  while (start < cueAt && /^(?:of|for|and|al)$/i.test(words[start]!)) start++;
  return start;
}

/** Finds the source and content of a sentence, if it reports someone's words. */
export function attribute(sentence: string): Attribution {
  const acc = /^(.*?)\s*,?\s*\baccording to (?:the )?([^,.]{3,80}?)[.,]?$/i.exec(sentence) ?? /^According to (?:the )?(.{3,60}?)\s(.*)$/.exec(sentence);
  if (acc) {
    return sentence.startsWith('According')
      ? { content: acc[2]!, source: acc[1]!.split(/\s+/).slice(0, 6).join(' '), cue: 'according to' }
      : { content: acc[1]!, source: acc[2]!, cue: 'according to' };
  }
  const words = sentence.split(/\s+/);
  const cueAt = words.findIndex((w, i) => i > 0 && new RegExp(`^(?:${CUES})$`, 'i').test(w.replace(/[^A-Za-z]/g, '')));
  if (cueAt < 0) return { content: sentence };
  const start = sourceBefore(words, cueAt);
  if (start === cueAt) {
    // "… he said", "… she told AFP": a pronoun source, resolved by the caller.
    const pron = words[cueAt - 1]!.replace(/[^A-Za-z]/g, '');
    if (/^(?:he|she|it|they)$/i.test(pron)) {
      return { content: [...words.slice(0, cueAt - 1), ...words.slice(cueAt + 1)].join(' '), source: pron.toLowerCase(), cue: words[cueAt]! };
    }
    return { content: sentence };
  }
  const source = words.slice(start, cueAt).join(' ').replace(/["“”,]/g, '');
  const content = start === 0 ? words.slice(cueAt + 1).join(' ') : `${words.slice(0, start).join(' ')} ${words.slice(cueAt + 1).join(' ')}`;
  return { content: content.replace(/^that\s+/i, ''), source, cue: words[cueAt]! };
}

// Aliases a reader resolves without thinking ("a monitor" is the Observatory in these stories).
const ALIASES: [RegExp, string, string][] = [
  [/observatory|\bmonitor\b|monitoring group/i, 'syrian-observatory', 'Syrian Observatory for Human Rights'],
  [/civil defen[cs]e|rescue workers|white helmets/i, 'civil-defence', 'Syrian Civil Defence'],
  [/pro-damascus|state (?:media|tv|television)|\bsana\b/i, 'syrian-state-media', 'Syrian state media'],
  [/\b(?:syrian )?government\b|\bregime\b|damascus/i, 'syrian-government', 'Syrian government'],
];

function sourceKey(name: string): { key: string; name: string } {
  for (const [re, key, canonical] of ALIASES) if (re.test(name)) return { key, name: canonical };
  const key = name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { key, name: name.replace(/^(?:the|a|an)\s+/i, '') };
}

/** Claims of one article: one per sentence, attributed, with the outlet as fallback source. */
export function articleClaims(article: FakesArticle): ClaimInput[] {
  const claims: ClaimInput[] = [];
  let last: { key: string; name: string } | undefined;
  splitSentences(article.text).forEach((sentence, i) => {
    const att = attribute(sentence);
    let src: { key: string; name: string } | undefined;
    if (att.source && /^(?:he|she|it|they)$/.test(att.source)) src = last;
    else if (att.source) src = sourceKey(att.source);
    if (src) last = src;
    const publisher = !src;
    const s = src ?? { key: `outlet:${article.outlet}`, name: article.outlet };
    claims.push({
      id: `${article.id}#${i}`,
      articleId: article.id,
      text: att.content,
      sentence,
      ...(att.cue ? { cue: att.cue } : {}),
      source: { key: s.key, name: s.name, kind: publisher ? 'media' : 'organization', named: true },
      ...(publisher ? { publisher: true } : {}),
    });
  });
  return claims;
}
