// Runs the dispute suggestion engine over a case and stores what it proposes as disputes
// with status 'suggested'. A suggestion's key is unique per case, so one a reviewer
// accepted, edited or dismissed is never proposed again. The engine can be passed in
// (tests use a fake); it defaults to server/disputes.
import type { Knex } from 'knex';
import { suggestDisputes } from '../disputes';
import { insertAuditEntry } from '../../db/audit';
import { insertPlacements } from '../../db/placements';
import { insertPositions } from '../../db/positions';
import { insertSuggestedDispute, listArticleBodiesForCase, listClaimsForSuggestions, listSuggestionKeys, type CaseClaimForSuggestions } from '../../db/suggestions';
import { MAX_POSITIONS, MIN_POSITIONS } from './disputes';

/** Reasons kept per suggestion (the export schema allows up to 10). */
const MAX_SIGNALS = 5;
import type { Actor } from './users';

/** The claim shape the engine reads (structurally the engine's ClaimInput). */
export interface SuggestClaim {
  id: string;
  articleId: string;
  text: string;
  sentence?: string;
  source: { key: string; name: string; kind: NonNullable<CaseClaimForSuggestions['source_kind']>; named: boolean } | null;
  cue?: string;
  hedges?: string[];
  publisher?: boolean;
}

/** What the engine proposes (structurally the engine's Suggestion). */
export interface SuggestedDispute {
  key: string;
  question: string;
  positions: { label: string; claimIds: string[] }[];
  /** Why, in words a reviewer reads (stored and shown with the suggestion). */
  signals?: string[];
}

export type SuggestFn = (claims: SuggestClaim[], options: { dismissedKeys?: readonly string[] }) => SuggestedDispute[];

/** The sentence around a span: from the previous sentence end to the next one. */
function sentenceAround(body: string, start: number, end: number): string {
  const from = Math.max(body.lastIndexOf('. ', start), body.lastIndexOf('\n', start)) + 1;
  const stops = [body.indexOf('. ', end), body.indexOf('\n', end)].filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) + 1 : body.length;
  return body.slice(from, to).trim();
}

/** Claims of the case as the engine reads them. */
export function toSuggestClaims(claims: CaseClaimForSuggestions[], bodies: Map<number, string>): SuggestClaim[] {
  return claims.map((c) => ({
    id: String(c.id),
    articleId: String(c.article_id),
    text: c.content,
    sentence: sentenceAround(bodies.get(c.article_id) ?? '', c.span_start, c.span_end),
    source: c.source_id === null ? null : { key: String(c.source_id), name: c.source_name ?? '', kind: c.source_kind ?? 'person', named: c.source_named ?? true },
    cue: c.cue || undefined,
    hedges: c.hedges.map((h) => h.text),
    publisher: c.is_publisher,
  }));
}

/** Runs `suggest` over the case's non-rejected claims and stores new suggestions; returns how many were added. */
export async function refreshSuggestions(db: Knex, caseId: number, suggest: SuggestFn = suggestDisputes, actor: Actor = { userId: null, requestId: null }): Promise<number> {
  return db.transaction(async (trx) => {
    // One refresh per case at a time, so two never store the same suggestion twice over.
    await trx.raw('select pg_advisory_xact_lock(?, ?)', [0x0c0c_0002, caseId]);
    // One after another: a transaction is one connection, which runs one query at a time.
    const claims = await listClaimsForSuggestions(trx, caseId);
    const bodies = await listArticleBodiesForCase(trx, caseId);
    const known = await listSuggestionKeys(trx, caseId);
    const byId = new Set(claims.map((c) => c.id));
    let added = 0;
    for (const s of suggest(toSuggestClaims(claims, bodies), { dismissedKeys: known })) {
      const signals = (s.signals ?? []).slice(0, MAX_SIGNALS).map((x) => x.slice(0, 300));
      const id = await insertSuggestedDispute(trx, caseId, s.key, s.question.slice(0, 500), signals);
      if (id === undefined) continue;
      // A board has 2–6 columns: a corroboration (one position) gets an empty second one.
      const labels = s.positions.slice(0, MAX_POSITIONS).map((p) => p.label.slice(0, 200));
      while (labels.length < MIN_POSITIONS) labels.push('Another account');
      const positions = await insertPositions(trx, labels.map((label, ordinal) => ({ dispute_id: id, label, ordinal })));
      const placed = new Set<number>();
      for (const [i, p] of s.positions.slice(0, MAX_POSITIONS).entries()) {
        const ids = p.claimIds.map(Number).filter((c) => byId.has(c) && !placed.has(c));
        ids.forEach((c) => placed.add(c));
        await insertPlacements(trx, id, positions[i]!.id, ids);
      }
      await insertAuditEntry(trx, { ...actor, action: 'suggest', entityType: 'dispute', entityId: id, after: { key: s.key, question: s.question, signals } });
      added++;
    }
    return added;
  });
}
