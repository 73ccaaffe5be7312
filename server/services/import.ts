// Imports a JSON export into this database, all in one transaction: every row gets a new
// id; named sources are matched to the shared registry by normalised name + kind (as
// seeding does), unnamed ones belong to their imported case; articles are deduplicated by
// content hash within their case; reviewers are matched by e-mail, or created disabled
// (no password can sign in as them) so their verdicts keep their author.
import type { Knex } from 'knex';
import { insertAuditEntry } from '../../db/audit';
import { insertImportedVerdict, insertRowsIgnoringDuplicates, insertRowsReturningIds, listRegistrySourcesByNames, listUsersByEmails } from '../../db/imports';
import { HttpError } from '../errors';
import { SCHEMA_VERSION } from '../reports/json';
import { exportDocumentSchema, type ExportDocument } from '../schemas/export-document';
import { normaliseSourceName } from '../sources/match';
import { contentHash } from './articles';

/** Thrown for a file that is not an importable export; `message` says what is wrong. */
export class ImportError extends HttpError {
  constructor(message: string) {
    super(400, message);
    this.name = 'ImportError';
  }
}

export interface ImportResult {
  cases: number;
  articles: number;
  /** Articles already in the case (same content hash): reused, not stored twice. */
  duplicateArticles: number;
  sources: number;
  matchedSources: number;
  claims: number;
  disputes: number;
  verdicts: number;
  /** New case ids, in file order. */
  caseIds: number[];
}

/** Parses and checks an export; ImportError for bad JSON, an unknown or newer schemaVersion, a wrong shape or a dangling reference. */
export function parseExportDocument(text: string): ExportDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ImportError(`The file is not JSON: ${(err as Error).message}`);
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new ImportError('The file has no schemaVersion: it is not a Crosscheck JSON export.');
  if (version > SCHEMA_VERSION) throw new ImportError(`The file has schemaVersion ${version}, newer than this Crosscheck understands (${SCHEMA_VERSION}). Upgrade Crosscheck to import it.`);
  if (version !== SCHEMA_VERSION) throw new ImportError(`Unknown schemaVersion ${version}; this Crosscheck imports schemaVersion ${SCHEMA_VERSION}.`);
  const parsed = exportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ImportError(`The file is malformed: ${first.join('; ')}`);
  }
  checkReferences(parsed.data);
  return parsed.data;
}

/** Every reference points at a row in the file, so the import never half-links rows. */
function checkReferences(doc: ExportDocument): void {
  const ids = (rows: { id: number }[]) => new Set(rows.map((r) => r.id));
  const sets = { case: ids(doc.cases), source: ids(doc.sources), article: ids(doc.articles), mention: ids(doc.mentions), claim: ids(doc.claims), dispute: ids(doc.disputes), position: ids(doc.positions), verdict: ids(doc.verdicts) };
  const need = (what: keyof typeof sets, id: number | null, from: string) => {
    if (id !== null && !sets[what].has(id)) throw new ImportError(`The file is malformed: ${from} refers to ${what} ${id}, which is not in the file.`);
  };
  doc.sources.forEach((s) => need('case', s.caseId, `source ${s.id}`));
  doc.articles.forEach((a) => need('case', a.caseId, `article ${a.id}`));
  doc.mentions.forEach((m) => (need('article', m.articleId, `mention ${m.id}`), need('source', m.sourceId, `mention ${m.id}`)));
  doc.claims.forEach((c) => (need('article', c.articleId, `claim ${c.id}`), need('source', c.sourceId, `claim ${c.id}`), need('mention', c.mentionId, `claim ${c.id}`)));
  doc.disputes.forEach((d) => need('case', d.caseId, `dispute ${d.id}`));
  doc.positions.forEach((p) => need('dispute', p.disputeId, `position ${p.id}`));
  doc.placements.forEach((p) => (need('dispute', p.disputeId, `placement ${p.id}`), need('position', p.positionId, `placement ${p.id}`), need('claim', p.claimId, `placement ${p.id}`)));
  doc.verdicts.forEach((v) => {
    need('dispute', v.disputeId, `verdict ${v.id}`);
    need('position', v.positionId, `verdict ${v.id}`);
    need('verdict', v.basedOnId, `verdict ${v.id}`);
    v.evidence.forEach((c) => need('claim', c, `verdict ${v.id}`));
  });
}

/** Looks up a mapped id; the references were checked, so a miss is a bug. */
function mapped(map: Map<number, number>, id: number | null): number | null {
  if (id === null) return null;
  const to = map.get(id);
  if (to === undefined) throw new Error(`import: no new id for ${id}`);
  return to;
}

/** Imports a parsed export in one transaction. */
export async function importExport(db: Knex, doc: ExportDocument, actorId: number | null = null): Promise<ImportResult> {
  return db.transaction(async (trx) => {
    const when = (s: string | null) => (s ? { created_at: s } : {});
    const caseIds = await insertRowsReturningIds(trx, 'cases', doc.cases.map((c) => ({ title: c.title, description: c.description, status: c.status, created_by: actorId, ...when(c.createdAt) })));
    const cases = new Map(doc.cases.map((c, i) => [c.id, caseIds[i]!]));

    const sources = await importSources(trx, doc, cases);
    const { articles, duplicates } = await importArticles(trx, doc, cases);

    const mentionIds = await insertRowsReturningIds(trx, 'source_mentions', doc.mentions.map((m) => ({
      article_id: mapped(articles, m.articleId), source_id: mapped(sources.map, m.sourceId), span_start: m.selector[0].start, span_end: m.selector[0].end, text: m.text, ...when(m.createdAt),
    })));
    const mentions = new Map(doc.mentions.map((m, i) => [m.id, mentionIds[i]!]));
    const claimIds = await insertRowsReturningIds(trx, 'claims', doc.claims.map((c) => ({
      article_id: mapped(articles, c.articleId), source_id: mapped(sources.map, c.sourceId), mention_id: mapped(mentions, c.mentionId),
      span_start: c.selector[1].start, span_end: c.selector[1].end, content_spans: JSON.stringify(c.contentSpans),
      quote_exact: c.selector[0].exact, quote_prefix: c.selector[0].prefix, quote_suffix: c.selector[0].suffix, content: c.content,
      cue: c.cue, cue_start: c.cueSelector?.start ?? null, cue_end: c.cueSelector?.end ?? null, mode: c.mode, hedges: JSON.stringify(c.hedges),
      origin: c.origin, review_status: c.reviewStatus, credibility: c.credibility, confidence: c.confidence,
      extraction_confidence: c.extractionConfidence, is_publisher: c.isPublisher, created_by: actorId, ...when(c.createdAt),
    })));
    const claims = new Map(doc.claims.map((c, i) => [c.id, claimIds[i]!]));

    const disputeIds = await insertRowsReturningIds(trx, 'disputes', doc.disputes.map((d) => ({
      case_id: mapped(cases, d.caseId), question: d.question, status: d.status, origin: d.origin, suggestion_key: d.suggestionKey, suggestion_signals: JSON.stringify(d.suggestionSignals), blind_review: d.blindReview, created_by: actorId, ...when(d.createdAt),
    })));
    const disputes = new Map(doc.disputes.map((d, i) => [d.id, disputeIds[i]!]));
    const positionIds = await insertRowsReturningIds(trx, 'positions', doc.positions.map((p) => ({ dispute_id: mapped(disputes, p.disputeId), label: p.label, ordinal: p.ordinal, ...when(p.createdAt) })));
    const positions = new Map(doc.positions.map((p, i) => [p.id, positionIds[i]!]));
    await insertRowsReturningIds(trx, 'claim_placements', doc.placements.map((p) => ({
      dispute_id: mapped(disputes, p.disputeId), position_id: mapped(positions, p.positionId), claim_id: mapped(claims, p.claimId), ordinal: p.ordinal,
    })));

    const reviewers = await importReviewers(trx, doc);
    const verdicts = new Map<number, number>();
    for (const v of [...doc.verdicts].sort((a, b) => a.id - b.id)) {
      verdicts.set(v.id, await insertImportedVerdict(trx, {
        dispute_id: mapped(disputes, v.disputeId), reviewer_id: reviewers.get(v.reviewer.email.toLowerCase()), kind: v.kind, outcome: v.outcome,
        position_id: mapped(positions, v.positionId), likelihood: v.likelihood, confidence: v.confidence, rationale: v.rationale,
        correction_note: v.correctionNote, based_on_id: mapped(verdicts, v.basedOnId), created_at: v.createdAt,
      }));
    }
    await insertRowsIgnoringDuplicates(trx, 'verdict_evidence', doc.verdicts.flatMap((v) => v.evidence.map((c) => ({ verdict_id: verdicts.get(v.id), claim_id: mapped(claims, c) }))));
    await insertAuditEntry(trx, { userId: actorId, action: 'import', entityType: 'case', entityId: caseIds.join(','), after: { generator: doc.generator, exportedAt: doc.exportedAt, scope: doc.scope } });
    return {
      cases: caseIds.length, articles: new Set(articles.values()).size, duplicateArticles: duplicates, sources: sources.created, matchedSources: sources.matched,
      claims: claimIds.length, disputes: disputeIds.length, verdicts: verdicts.size, caseIds,
    };
  });
}

/** Named sources: matched to the registry by normalised name + kind, else created; unnamed ones: created in their new case. */
async function importSources(trx: Knex, doc: ExportDocument, cases: Map<number, number>) {
  const norm = new Map(doc.sources.map((s) => [s.id, normaliseSourceName(s.name)]));
  const registry = await listRegistrySourcesByNames(trx, doc.sources.filter((s) => s.caseId === null).map((s) => norm.get(s.id)!));
  const known = new Map(registry.map((r) => [`${r.normalized_name}\u0000${r.kind}`, r.id]));
  const map = new Map<number, number>();
  const fresh = doc.sources.filter((s) => {
    const hit = s.caseId === null ? known.get(`${norm.get(s.id)}\u0000${s.kind}`) : undefined;
    if (hit !== undefined) map.set(s.id, hit);
    return hit === undefined;
  });
  const ids = await insertRowsReturningIds(trx, 'source_entities', fresh.map((s) => ({
    name: s.name, normalized_name: norm.get(s.id), kind: s.kind, named: s.named, case_id: mapped(cases, s.caseId), affiliation: s.affiliation,
    description: s.description, reliability: s.reliability, ...(s.createdAt ? { created_at: s.createdAt } : {}),
  })));
  fresh.forEach((s, i) => map.set(s.id, ids[i]!));
  await insertRowsIgnoringDuplicates(trx, 'source_aliases', doc.sources.flatMap((s) => s.aliases.map((alias) => ({ source_id: map.get(s.id), alias, normalized_alias: normaliseSourceName(alias) }))));
  return { map, created: fresh.length, matched: doc.sources.length - fresh.length };
}

/** Articles, one per content hash within each case (the hash is recomputed from the text, never trusted). */
async function importArticles(trx: Knex, doc: ExportDocument, cases: Map<number, number>) {
  const firstByHash = new Map<string, number>();
  const articles = new Map<number, number>();
  const unique = doc.articles.filter((a) => {
    const key = `${a.caseId}:${contentHash(a.text)}`;
    const first = firstByHash.get(key);
    if (first !== undefined) return false;
    firstByHash.set(key, a.id);
    return true;
  });
  const ids = await insertRowsReturningIds(trx, 'articles', unique.map((a) => ({
    case_id: mapped(cases, a.caseId), title: a.title, publisher: a.publisher, url: a.url, published_on: a.publishedOn, body: a.text,
    content_hash: contentHash(a.text), extractor_version: a.extractorVersion, ...(a.createdAt ? { created_at: a.createdAt } : {}),
  })));
  unique.forEach((a, i) => articles.set(a.id, ids[i]!));
  for (const a of doc.articles) if (!articles.has(a.id)) articles.set(a.id, articles.get(firstByHash.get(`${a.caseId}:${contentHash(a.text)}`)!)!);
  return { articles, duplicates: doc.articles.length - unique.length };
}

/** Reviewers by e-mail: existing accounts reused, missing ones created disabled with an unusable password. */
async function importReviewers(trx: Knex, doc: ExportDocument): Promise<Map<string, number>> {
  const wanted = new Map(doc.verdicts.map((v) => [v.reviewer.email.toLowerCase(), v.reviewer]));
  const found = await listUsersByEmails(trx, [...wanted.keys()]);
  const byEmail = new Map(found.map((u) => [u.email.toLowerCase(), u.id]));
  const missing = [...wanted.entries()].filter(([email]) => !byEmail.has(email));
  // '!' matches no password hash format, so nobody can sign in as an imported reviewer.
  const ids = await insertRowsReturningIds(trx, 'users', missing.map(([, r]) => ({ email: r.email, display_name: r.name, role: 'reviewer', password_hash: '!', disabled_at: trx.fn.now() })));
  missing.forEach(([email], i) => byEmail.set(email, ids[i]!));
  return byEmail;
}
