// Resolving an article's extracted sources against the shared registry: each becomes
// a known source or a new one, and every spelling seen is recorded as an alias. The
// query count is fixed: one for candidates, one insert for new sources, one for aliases.
import type { Knex } from 'knex';
import type { SourceEntity } from '../engine/types';
import { insertSourceAliases, insertSourceEntities, listSourceCandidates, type NewAlias, type NewSource } from '../../db/sources';
import { isUnnamed, matchSource, normaliseSourceName, scoreSource, skeleton, type KnownSource, type MatchReason } from '../sources/match';

/** What became of one extracted entity: a registry source (by id) or the n-th new one. */
export type SourceDecision =
  | { entityId: string; existingId: number; score: number; reason: MatchReason }
  | { entityId: string; newIndex: number };

export interface SourcePlan {
  decisions: SourceDecision[];
  newSources: NewSource[];
  /** Spellings to record, per extracted entity. */
  aliases: Map<string, string[]>;
}

export interface SourceResolution {
  /** Registry id of each extracted entity id. */
  ids: Map<string, number>;
  newSources: number;
  matchedSources: number;
}

// Words too common to find candidates by (a name made only of them is still looked up).
const COMMON = new Set(['us', 'uk', 'un', 'of', 'for', 'and', 'in', 'at', 'on', 'the', 'to']);

/** The words to look candidates up by: every word of each name, less the common ones. */
export function candidateWords(names: string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    const tokens = normaliseSourceName(name).split(' ');
    const useful = tokens.filter((t) => t.length > 1 && !COMMON.has(t));
    for (const t of useful.length ? useful : tokens) words.add(t);
  }
  return [...words];
}

/** The spellings of an entity worth keeping: its name and the mentions that name it ("Rasool", not "he"). */
export function surfaceNames(entity: SourceEntity, caseId: number): string[] {
  const names = new Set([entity.name.trim()]);
  if (!isUnnamed(entity)) {
    const self: KnownSource = {
      id: 0, name: entity.name, normalized_name: normaliseSourceName(entity.name), kind: entity.kind,
      named: true, case_id: null, aliases: [],
    };
    for (const m of entity.mentions) {
      // "General Yehia Rasool, the military spokesman for …": the name is what precedes the appositive.
      const text = m.text.split(/\s*(?:,|;|\(|--|—|–)\s*/)[0]!.trim();
      if (text && scoreSource({ name: text, kind: entity.kind, named: true, caseId }, self)) names.add(text);
    }
  }
  return [...names].filter((n) => n.length > 0 && n.length <= 300);
}

// A word shared by more sources than this ("official", "ministry") does not narrow the
// search; the entity's other words do.
const MAX_POSTING = 200;

/** Blocking keys of normalised names: each word, and the consonant skeleton of longer ones (Hezbollah ~ Hizballah). */
function blockingKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    for (const w of name.split(' ')) {
      if (!w) continue;
      keys.add(w);
      if (w.length >= 4) keys.add(`~${skeleton(w)}`);
    }
  }
  return [...keys];
}

/**
 * Sources indexed by the words of their names, so each entity is scored only against
 * sources sharing a word (or a word's skeleton) with it — the same blocking the database
 * lookup uses. Scoring every pair made an article with 5,000 sources take 85 s.
 */
class SourcePool {
  private byKey = new Map<string, KnownSource[]>();

  constructor(known: KnownSource[]) {
    for (const k of known) this.add(k);
  }

  add(k: KnownSource): void {
    for (const key of blockingKeys([k.normalized_name, ...k.aliases])) {
      const list = this.byKey.get(key);
      if (list) list.push(k);
      else this.byKey.set(key, [k]);
    }
  }

  candidates(name: string): KnownSource[] {
    const lists = blockingKeys([normaliseSourceName(name)]).map((k) => this.byKey.get(k) ?? []);
    // A rare word (even one no source has yet) is what identifies this name; only when
    // every word is common does the least common one have to do.
    const rare = lists.filter((l) => l.length <= MAX_POSTING);
    const use = rare.length ? rare : lists.sort((a, b) => a.length - b.length).slice(0, 1);
    return [...new Set(use.flat())];
  }
}

/** Decides, without a database, which extracted entities are known sources and which are new (later ones may match earlier new ones). */
export function planSources(entities: SourceEntity[], known: KnownSource[], caseId: number): SourcePlan {
  const pool = new SourcePool(known);
  const plan: SourcePlan = { decisions: [], newSources: [], aliases: new Map() };
  for (const entity of entities) {
    const unnamed = isUnnamed(entity);
    plan.aliases.set(entity.id, surfaceNames(entity, caseId));
    const match = matchSource({ name: entity.name, kind: entity.kind, named: !unnamed, caseId }, pool.candidates(entity.name));
    if (match && match.source.id > 0) {
      plan.decisions.push({ entityId: entity.id, existingId: match.source.id, score: match.score, reason: match.reason });
      continue;
    }
    if (match) {
      plan.decisions.push({ entityId: entity.id, newIndex: -match.source.id - 1 });
      continue;
    }
    const source: NewSource = {
      name: entity.name.trim(),
      normalized_name: normaliseSourceName(entity.name),
      kind: entity.kind,
      named: !unnamed,
      case_id: unnamed ? caseId : null,
      description: entity.descriptors.join('; ').slice(0, 2000),
    };
    const newIndex = plan.newSources.push(source) - 1;
    plan.decisions.push({ entityId: entity.id, newIndex });
    // Planned sources get negative ids so a later entity in the same article can match them.
    pool.add({ id: -newIndex - 1, ...source, aliases: [] });
  }
  return plan;
}

/** Matches an article's entities against the registry, creates the new ones and records their spellings. */
export async function resolveSources(trx: Knex, caseId: number, entities: SourceEntity[]): Promise<SourceResolution> {
  const known = await listSourceCandidates(trx, candidateWords(entities.map((e) => e.name)), caseId);
  const plan = planSources(entities, known, caseId);
  const created = await insertSourceEntities(trx, plan.newSources);
  const ids = new Map<string, number>();
  for (const d of plan.decisions) ids.set(d.entityId, 'existingId' in d ? d.existingId : created[d.newIndex]!.id);

  const aliases: NewAlias[] = [];
  const seen = new Set<string>();
  for (const [entityId, names] of plan.aliases) {
    const sourceId = ids.get(entityId)!;
    for (const alias of names) {
      const key = `${sourceId}|${alias}`;
      if (seen.has(key)) continue;
      seen.add(key);
      aliases.push({ source_id: sourceId, alias, normalized_alias: normaliseSourceName(alias) });
    }
  }
  await insertSourceAliases(trx, aliases);

  const matched = new Set(plan.decisions.flatMap((d) => ('existingId' in d ? [d.existingId] : [])));
  return { ids, newSources: created.length, matchedSources: matched.size };
}
