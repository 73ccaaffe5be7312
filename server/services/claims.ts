// Reviewing claims: accept / reject, grade, correct, and add by quote. Every change is
// checked against the version the reviewer saw and audit-logged in the same transaction.
import type { Knex } from 'knex';
import { findArticleById, type ArticleRow } from '../../db/articles';
import { insertAuditEntry } from '../../db/audit';
import { findClaimById, insertClaims, updateClaim, type ClaimChanges, type ClaimRow, type StoredHedge } from '../../db/claims';
import type { CLAIM_MODES, Confidence, SOURCE_KINDS } from '../domain/grades';
import { ConflictError, HttpError, notFound } from '../errors';
import { anchorQuote, textQuoteSelector } from '../lib/selectors';
import { resolveSources } from './sources';
import type { Actor } from './users';

export interface SourceChoice {
  /** '' none, 'new' (then newSourceName / newSourceKind), or an existing source id. */
  sourceId: string;
  newSourceName: string;
  newSourceKind: (typeof SOURCE_KINDS)[number];
}

export interface ClaimInput extends SourceChoice {
  quote: string;
  prefix?: string;
  cue: string;
  mode: (typeof CLAIM_MODES)[number];
}

/** Where `quote` is in the article; a 400 on the quote field says why when it is not exactly once. */
export function locateQuote(body: string, quote: string, prefix = ''): { start: number; end: number } {
  const a = anchorQuote(body, quote, prefix);
  if (a.found === 'unique') return { start: a.start!, end: a.end! };
  const message =
    a.found === 'absent'
      ? 'These words are not in the article. Copy them exactly as they appear.'
      : `These words appear ${a.matches} times in the article. Add the words just before them to say which.`;
  throw new HttpError(400, 'Please correct the highlighted fields.', { quote: message });
}

/** The cue's place: the nearest occurrence of the cue words around the claim (or none). */
function locateCue(body: string, cue: string, start: number, end: number): { cue_start: number | null; cue_end: number | null } {
  if (!cue) return { cue_start: null, cue_end: null };
  const lo = Math.max(0, start - 300);
  const window = body.slice(lo, Math.min(body.length, end + 300)).toLowerCase();
  const needle = cue.toLowerCase();
  let best = -1;
  for (let i = window.indexOf(needle); i >= 0; i = window.indexOf(needle, i + 1)) {
    const at = lo + i;
    if (at < end && at + cue.length > start) continue; // inside the claim's words: not its cue
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best < 0 ? { cue_start: null, cue_end: null } : { cue_start: best, cue_end: best + cue.length };
}

/** Hedge words typed as a comma-separated list, placed where they occur in the claim's sentence. */
function hedgesFrom(list: string, body: string, start: number, end: number): StoredHedge[] {
  const around = Math.max(0, start - 200);
  return list
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((text) => {
      const i = body.toLowerCase().indexOf(text.toLowerCase(), around);
      if (i < 0 || i >= end + 200) {
        throw new HttpError(400, 'Please correct the highlighted fields.', { hedges: `“${text}” is not in or near the claim’s sentence.` });
      }
      return { text: body.slice(i, i + text.length), start: i, end: i + text.length };
    });
}

/** Resolves the reviewer's source choice to an id in the registry (creating the source if new). */
async function chosenSource(trx: Knex, caseId: number, choice: SourceChoice): Promise<number | null> {
  if (choice.sourceId === '') return null;
  if (choice.sourceId !== 'new') {
    // A source merged away meanwhile stands for the one it was merged into.
    const row = await trx('source_entities').first(trx.raw('coalesce(merged_into_id, id) as id')).where({ id: Number(choice.sourceId) });
    if (!row) throw new HttpError(400, 'Please correct the highlighted fields.', { sourceId: 'That source no longer exists.' });
    return Number(row.id);
  }
  const named = choice.newSourceKind !== 'anonymous';
  const { ids } = await resolveSources(trx, caseId, [
    { id: 'manual', name: choice.newSourceName, kind: choice.newSourceKind, named, mentions: [], descriptors: [] },
  ]);
  return ids.get('manual') ?? null;
}

async function loadForEdit(trx: Knex, id: number): Promise<{ claim: ClaimRow; article: ArticleRow }> {
  const claim = await findClaimById(trx, id);
  if (!claim) throw notFound('Claim');
  const article = await findArticleById(trx, claim.article_id);
  return { claim, article: article! };
}

async function applyChange(trx: Knex, before: ClaimRow, version: number, changes: ClaimChanges, action: string, actor: Actor): Promise<ClaimRow> {
  const after = await updateClaim(trx, before.id, version, changes);
  if (!after) throw new ConflictError('This claim', before);
  await insertAuditEntry(trx, { ...actor, action, entityType: 'claim', entityId: before.id, before, after });
  return after;
}

/** Accepts, rejects or resets a claim's review status. */
export async function reviewClaim(db: Knex, id: number, version: number, status: 'accepted' | 'rejected' | 'pending', actor: Actor): Promise<ClaimRow> {
  return db.transaction(async (trx) => {
    const { claim } = await loadForEdit(trx, id);
    return applyChange(trx, claim, version, { review_status: status }, status === 'pending' ? 'reset' : status.replace(/ed$/, ''), actor);
  });
}

/** Sets the information credibility (1–6) and the reviewer's confidence. */
export async function gradeClaim(
  db: Knex,
  id: number,
  version: number,
  grades: { credibility?: number; confidence?: Confidence },
  actor: Actor,
): Promise<ClaimRow> {
  return db.transaction(async (trx) => {
    const { claim } = await loadForEdit(trx, id);
    return applyChange(trx, claim, version, { credibility: grades.credibility ?? null, confidence: grades.confidence ?? null }, 'grade', actor);
  });
}

/** Corrects source, words, cue, mode and hedges; the claim becomes 'corrected'. */
export async function correctClaim(
  db: Knex,
  id: number,
  version: number,
  input: ClaimInput & { hedges: string },
  actor: Actor,
): Promise<ClaimRow> {
  return db.transaction(async (trx) => {
    const { claim, article } = await loadForEdit(trx, id);
    const sameWords = input.quote === claim.quote_exact.trim();
    const span = sameWords ? { start: claim.span_start, end: claim.span_end } : locateQuote(article.body, input.quote, claim.quote_prefix);
    const sel = textQuoteSelector(article.body, span.start, span.end);
    const sourceId = await chosenSource(trx, article.case_id, input);
    const changes: ClaimChanges = {
      source_id: sourceId,
      mention_id: sourceId === claim.source_id ? claim.mention_id : null,
      span_start: span.start,
      span_end: span.end,
      content_spans: sameWords && claim.content_spans.length ? claim.content_spans : [span],
      quote_exact: sel.exact,
      quote_prefix: sel.prefix,
      quote_suffix: sel.suffix,
      content: sel.exact,
      cue: input.cue,
      ...locateCue(article.body, input.cue, span.start, span.end),
      mode: input.mode,
      hedges: hedgesFrom(input.hedges, article.body, span.start, span.end),
      review_status: 'corrected',
    };
    return applyChange(trx, claim, version, changes, 'correct', actor);
  });
}

/** Adds a claim the engine missed, found in the article by its words. */
export async function addClaim(db: Knex, articleId: number, input: ClaimInput, actor: Actor): Promise<ClaimRow> {
  return db.transaction(async (trx) => {
    const article = await findArticleById(trx, articleId);
    if (!article) throw notFound('Article');
    const span = locateQuote(article.body, input.quote, input.prefix);
    const sel = textQuoteSelector(article.body, span.start, span.end);
    const [claim] = await insertClaims(trx, [
      {
        article_id: article.id,
        source_id: await chosenSource(trx, article.case_id, input),
        mention_id: null,
        span_start: span.start,
        span_end: span.end,
        content_spans: [span],
        quote_exact: sel.exact,
        quote_prefix: sel.prefix,
        quote_suffix: sel.suffix,
        content: sel.exact,
        cue: input.cue,
        ...locateCue(article.body, input.cue, span.start, span.end),
        mode: input.mode,
        hedges: [],
        origin: 'manual',
        review_status: 'accepted',
        extraction_confidence: null,
        is_publisher: false,
        created_by: actor.userId,
      },
    ]);
    await insertAuditEntry(trx, { ...actor, action: 'create', entityType: 'claim', entityId: claim!.id, after: claim });
    return claim!;
  });
}
