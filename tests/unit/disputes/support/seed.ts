// Builds the seed case's claims from the answer key (corpus/seed/gold.json): content from
// the gold spans, source from the gold entity. Fails loudly when the corpus is missing.
import fs from 'node:fs';
import path from 'node:path';
import type { EntityKind } from '../../../../server/engine/types';
import type { ClaimInput } from '../../../../server/disputes/types';

type Span = [number, number];

export interface GoldAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
  source_entity: string;
}

export interface Gold {
  text: string;
  entities: Record<string, { name: string; kind: EntityKind }>;
  attributions: GoldAttribution[];
  disputes: { question: string; positions: { label: string; attributions: number[] }[] }[];
}

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** Path of the seed answer key, beside the repository. */
export const GOLD_PATH = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seed', 'gold.json');

/** Reads the seed answer key; throws with the path when it is absent. */
export function readGold(): Gold {
  if (!fs.existsSync(GOLD_PATH)) throw new Error(`seed answer key not found at ${GOLD_PATH}`);
  return JSON.parse(fs.readFileSync(GOLD_PATH, 'utf8')) as Gold;
}

function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** One claim per gold attribution; claim ids are "a<index>" so tests can refer to gold indices. */
export function seedClaims(gold: Gold): ClaimInput[] {
  const { text } = gold;
  return gold.attributions.map((a, i) => {
    const entity = gold.entities[a.source_entity];
    const first = a.content[0]?.[0] ?? 0;
    return {
      id: `a${i}`,
      articleId: 'seed',
      text: a.content.map(([s, e]) => text.slice(s, e)).join(' … '),
      sentence: sentenceAround(text, first),
      cue: a.cue.map(([s, e]) => text.slice(s, e)).join(' '),
      source: entity
        ? { key: a.source_entity, name: entity.name, kind: entity.kind, named: entity.kind !== 'anonymous' && !/unnamed/i.test(entity.name) }
        : null,
    };
  });
}

/** The article's other lines (no gold content in them) as the publisher's own claims. */
export function narratorClaims(gold: Gold): ClaimInput[] {
  const out: ClaimInput[] = [];
  let offset = 0;
  gold.text.split('\n').forEach((line, i) => {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (gold.attributions.some((a) => a.content.some(([s]) => s >= start && s < end))) return;
    if (line.trim().split(/\s+/).length < 4) return;
    out.push({ id: `p${i}`, articleId: 'seed', text: line, sentence: line, source: null, publisher: true });
  });
  return out;
}
