// Merging duplicate sources: "Kataib Hezbollah" (case 1) and "Kataeb Hezbollah" (case 2)
// are one group, and its track record must be one. Everything moves in one transaction;
// the merged row stays (with merged_into_id) so old links and matching lead to the survivor.
import type { Knex } from 'knex';
import { insertAuditEntry } from '../../db/audit';
import { moveClaimsToSource } from '../../db/claims';
import { moveMentionsToSource } from '../../db/mentions';
import {
  insertSourceAlias, listSourceCandidates, lockSources, markSourceMerged, moveSourceAliases, repointMergedSources,
  type SourceRow, type SourceWithAliases,
} from '../../db/sources';
import { ConflictError, HttpError, notFound } from '../errors';
import { nameSimilarity, normaliseSourceName } from '../sources/match';
import { candidateWords } from './sources';
import type { Actor } from './users';

export interface MergeResult {
  survivor: SourceRow;
  claimsMoved: number;
  mentionsMoved: number;
  aliasesAdded: number;
  repointed: number[];
}

const refuse = (message: string) => new HttpError(400, message, { intoId: message });

/** Why `from` may not be merged into `into`, or undefined when it may. */
export function mergeRefusal(from: SourceRow, into: SourceRow): string | undefined {
  if (from.id === into.id) return 'A source cannot be merged into itself.';
  if (into.merged_into_id) return `“${into.name}” was itself merged into another source; merge into that one.`;
  if (from.merged_into_id) return `“${from.name}” has already been merged into another source.`;
  // An unnamed source is a description that only means something inside its case.
  if (into.case_id !== null && into.case_id !== from.case_id) {
    return from.case_id === null
      ? `“${into.name}” is an unnamed source of one case; a registry source cannot be merged into it.`
      : `“${from.name}” and “${into.name}” are unnamed sources of different cases; they cannot be the same source.`;
  }
  return undefined;
}

/** Merges source `fromId` (at `version`) into `intoId`: claims, mentions, name and aliases move; the merge is audit-logged with counts. */
export async function mergeSources(db: Knex, fromId: number, version: number, intoId: number, actor: Actor): Promise<MergeResult> {
  return db.transaction(async (trx) => {
    const locked = await lockSources(trx, [fromId, intoId]);
    const from = locked.find((s) => s.id === fromId);
    const into = locked.find((s) => s.id === intoId);
    if (!from) throw notFound('Source');
    if (!into) throw refuse('The source to keep no longer exists.');
    const why = mergeRefusal(from, into);
    if (why) throw refuse(why);
    if (from.version !== version) throw new ConflictError(`The source "${from.name}"`, from);

    const claimsMoved = await moveClaimsToSource(trx, from.id, into.id);
    const mentionsMoved = await moveMentionsToSource(trx, from.id, into.id);
    const aliasesAdded =
      (await insertSourceAlias(trx, { source_id: into.id, alias: from.name, normalized_alias: from.normalized_name })) +
      (await moveSourceAliases(trx, from.id, into.id));
    const repointed = await repointMergedSources(trx, from.id, into.id);
    const merged = await markSourceMerged(trx, from.id, version, into.id);
    if (!merged) throw new ConflictError(`The source "${from.name}"`, from);

    const counts = { claimsMoved, mentionsMoved, aliasesAdded, repointed };
    await insertAuditEntry(trx, {
      ...actor, action: 'merge', entityType: 'source', entityId: into.id,
      before: { survivor: into, merged: from }, after: { survivor: into.id, merged: merged, ...counts },
    });
    await insertAuditEntry(trx, { ...actor, action: 'merged_into', entityType: 'source', entityId: from.id, before: from, after: merged });
    return { survivor: into, ...counts };
  });
}

export interface MergeCandidate {
  id: number;
  name: string;
  kind: string;
  score: number;
}

/** How alike two sources' names are, over every name and alias each is known by. */
function likeness(source: SourceWithAliases, other: { normalized_name: string; aliases: string[] }): number {
  const mine = [source.normalized_name, ...source.aliases.map(normaliseSourceName)];
  const theirs = [other.normalized_name, ...other.aliases];
  return Math.max(...mine.flatMap((a) => theirs.map((b) => nameSimilarity(a, b))));
}

/** Registry sources that may be duplicates of `source` (sharing a name word), most alike first: one query. */
export async function suggestMergeCandidates(db: Knex, source: SourceWithAliases, limit = 12): Promise<MergeCandidate[]> {
  const names = [source.name, ...source.aliases];
  // Case 0 never exists: a registry source only sees other registry sources.
  const known = await listSourceCandidates(db, candidateWords(names), source.case_id ?? 0);
  const best = new Map<number, MergeCandidate>();
  for (const k of known) {
    // listSourceCandidates reports a merged-away source under its survivor's id.
    if (k.id === source.id || (source.case_id !== null && k.case_id !== null && k.case_id !== source.case_id)) continue;
    const score = likeness(source, k);
    if (score > (best.get(k.id)?.score ?? 0)) best.set(k.id, { id: k.id, name: k.name, kind: k.kind, score });
  }
  return [...best.values()].filter((c) => c.score >= 0.3).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}
