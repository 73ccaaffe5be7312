// Turning the engine's output into mention and claim rows. Pure: the spans are checked
// against the stored text first, so a faulty extraction fails loudly before any insert.
import type { Attribution, ExtractionResult, Span } from '../engine/types';
import type { NewClaim, StoredSpan } from '../../db/claims';
import type { NewMention } from '../../db/mentions';
import { textQuoteSelector } from '../lib/selectors';

const MODES = new Set(['direct', 'indirect', 'mixed', 'according_to']);
const KINDS = new Set(['person', 'organization', 'government', 'military', 'armed_group', 'media', 'anonymous', 'collective']);

/** Throws unless every span fits `text` and every attribution names a known entity (or none). */
export function checkExtraction(text: string, result: ExtractionResult): void {
  const fail = (what: string) => {
    throw new Error(`extraction ${result.version}: ${what}`);
  };
  const checkSpan = ([s, e]: Span, what: string) => {
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length)) {
      fail(`${what} span [${s}, ${e}) does not fit the text (length ${text.length})`);
    }
  };
  const entityIds = new Set(result.entities.map((e) => e.id));
  for (const entity of result.entities) {
    // The registry refuses blank or overlong names; say which entity rather than fail mid-transaction.
    if (!entity.name.trim() || entity.name.trim().length > 300) fail(`entity ${entity.id} has a blank or overlong name`);
    if (!KINDS.has(entity.kind)) fail(`entity ${entity.id} has unknown kind ${String(entity.kind)}`);
    entity.mentions.forEach((m) => checkSpan(m.span, `mention of ${entity.id}`));
  }
  result.attributions.forEach((a, i) => {
    if (a.content.length === 0) fail(`attribution ${i} has no content`);
    [...a.content, ...a.source, ...a.cue, ...a.hedges.map((h) => h.span)].forEach((s) => checkSpan(s, `attribution ${i}`));
    if (a.entityId !== null && !entityIds.has(a.entityId)) fail(`attribution ${i} names unknown entity ${a.entityId}`);
    if (!MODES.has(a.mode)) fail(`attribution ${i} has unknown mode ${String(a.mode)}`);
    if (!(a.confidence >= 0 && a.confidence <= 1)) fail(`attribution ${i} has confidence ${a.confidence} outside [0, 1]`);
  });
}

const key = ([s, e]: Span) => `${s}:${e}`;

/** The smallest span covering all parts. */
function cover(spans: Span[]): Span {
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}

/** The words of each part, joined with an ellipsis where the text was cut. */
function partsText(text: string, spans: Span[]): string {
  return [...spans].sort((a, b) => a[0] - b[0]).map(([s, e]) => text.slice(s, e)).join(' … ');
}

/**
 * One mention row per distinct span: every mention of every entity, plus source spans of
 * attributions that the entities do not cover (an unresolved "sources said" is still a place).
 */
export function mentionRows(text: string, result: ExtractionResult, articleId: number, sourceIds: Map<string, number>): NewMention[] {
  const rows = new Map<string, NewMention>();
  const add = (span: Span, sourceId: number | null) => {
    if (!rows.has(key(span))) {
      rows.set(key(span), { article_id: articleId, source_id: sourceId, span_start: span[0], span_end: span[1], text: text.slice(span[0], span[1]) });
    }
  };
  for (const e of result.entities) for (const m of e.mentions) add(m.span, sourceIds.get(e.id) ?? null);
  for (const a of result.attributions) for (const s of a.source) add(s, a.entityId === null ? null : (sourceIds.get(a.entityId) ?? null));
  return [...rows.values()];
}

/** The claim row for one attribution: covering span, parts, quote selector, cue, hedges, links to source and mention. */
export function claimRow(
  text: string,
  a: Attribution,
  ids: { articleId: number; userId: number | null; sourceIds: Map<string, number>; mentionIds: Map<string, number> },
): NewClaim {
  const [start, end] = cover(a.content);
  const quote = textQuoteSelector(text, start, end);
  const cue = a.cue.length ? cover(a.cue) : null;
  const contentSpans: StoredSpan[] = [...a.content].sort((x, y) => x[0] - y[0]).map(([s, e]) => ({ start: s, end: e }));
  return {
    article_id: ids.articleId,
    source_id: a.entityId === null ? null : (ids.sourceIds.get(a.entityId) ?? null),
    mention_id: a.source[0] ? (ids.mentionIds.get(key(a.source[0])) ?? null) : null,
    span_start: start,
    span_end: end,
    content_spans: contentSpans,
    quote_exact: quote.exact,
    quote_prefix: quote.prefix,
    quote_suffix: quote.suffix,
    content: partsText(text, a.content),
    cue: a.cue.length ? partsText(text, a.cue) : '',
    cue_start: cue ? cue[0] : null,
    cue_end: cue ? cue[1] : null,
    mode: a.mode,
    hedges: a.hedges.map((h) => ({ text: text.slice(h.span[0], h.span[1]), start: h.span[0], end: h.span[1] })),
    origin: 'extracted',
    review_status: 'pending',
    extraction_confidence: a.confidence,
    is_publisher: a.publisher === true,
    created_by: ids.userId,
  };
}

/** Ids of stored mentions by their span, for linking each claim to the place its source is named. */
export function mentionIdsBySpan(rows: { id: number; span_start: number; span_end: number }[]): Map<string, number> {
  return new Map(rows.map((r) => [key([r.span_start, r.span_end]), r.id]));
}
