// Everything the article page shows, read in one round trip whatever the number of
// claims (db/article-page.ts: the article, its case, its claims with sources, its mentions
// and the case's sources), then laid out in memory.
import type { Knex } from 'knex';
import { readArticlePage } from '../../db/article-page';
import type { ArticleRow } from '../../db/articles';
import type { CaseRow } from '../../db/cases';
import type { ClaimWithSource } from '../../db/claims';
import type { CaseSource } from '../../db/sources';
import { colourSlots, initials, segment, type Mark } from '../lib/highlight';
import { paragraphs } from '../lib/text';

export interface TextPiece {
  text: string;
  /** CSS classes: hl (claim words), src-cN (source colour), hl-cue, hl-source, hl-nested. */
  cls: string;
  /** Anchor id for the first piece of a claim's words ("w-12"). */
  id?: string;
  claims: number[];
  /** Source labels placed before this piece, one per claim starting here. */
  tags: { claimId: number; label: string; slot: number; sourceName: string }[];
}

export interface ClaimGroup {
  sourceId: number | null;
  name: string;
  kind: string | null;
  reliability: string | null;
  label: string;
  slot: number | null;
  /** Other cases the source speaks in: shows that seeding matched it to a known source. */
  otherCases: number;
  claims: ClaimWithSource[];
}

export interface ArticlePage {
  article: ArticleRow;
  kase: CaseRow;
  paragraphs: { start: number; pieces: TextPiece[] }[];
  groups: ClaimGroup[];
  sources: CaseSource[];
  counts: { total: number; rejected: number; pending: number };
}

const UNATTRIBUTED = 'No stated source';

/** Loads and lays out the article page; undefined when the article does not exist. */
export async function loadArticlePage(db: Knex, articleId: number, opts: { showRejected: boolean }): Promise<ArticlePage | undefined> {
  const rows = await readArticlePage(db, articleId);
  if (!rows) return undefined;
  const { article, kase, claims: allClaims, mentions, sources } = rows;
  const claims = opts.showRejected ? allClaims : allClaims.filter((c) => c.review_status !== 'rejected');
  const slots = colourSlots(claims.map((c) => c.source_id));
  const mentionById = new Map(mentions.map((m) => [m.id, m]));
  const claimById = new Map(claims.map((c) => [c.id, c]));

  const marks: Mark[] = [];
  for (const c of claims) {
    const parts = c.content_spans.length ? c.content_spans : [{ start: c.span_start, end: c.span_end }];
    for (const p of parts) marks.push({ start: p.start, end: p.end, kind: 'content', claimId: c.id });
    if (c.cue_start !== null && c.cue_end !== null) marks.push({ start: c.cue_start, end: c.cue_end, kind: 'cue', claimId: c.id });
    const m = c.mention_id === null ? undefined : mentionById.get(c.mention_id);
    if (m) marks.push({ start: m.span_start, end: m.span_end, kind: 'source', claimId: c.id });
  }

  const anchored = new Set<number>();
  const slotOf = (claimId: number) => {
    const c = claimById.get(claimId);
    return c && c.source_id !== null ? slots.get(c.source_id) : undefined;
  };
  const layout = paragraphs(article.body).map((p) => ({
    start: p.start,
    pieces: segment(article.body, marks, p.start, p.end).map((s): TextPiece => {
      const main = s.content[0] ?? s.cue[0] ?? s.source[0];
      const slot = main === undefined ? undefined : slotOf(main);
      const cls = [
        s.content.length ? 'hl' : '',
        s.content.length > 1 ? 'hl-nested' : '',
        s.cue.length ? 'hl-cue' : '',
        s.source.length ? 'hl-source' : '',
        main !== undefined ? (slot === undefined ? 'src-none' : `src-c${slot}`) : '',
        s.content.some((id) => claimById.get(id)?.review_status === 'rejected') ? 'hl-rejected' : '',
      ].filter(Boolean).join(' ');
      const first = s.starts.find((id) => !anchored.has(id));
      if (first !== undefined) s.starts.forEach((id) => anchored.add(id));
      return {
        text: s.text,
        cls,
        id: first === undefined ? undefined : `w-${first}`,
        claims: [...new Set([...s.content, ...s.cue, ...s.source])],
        tags: s.starts.map((id) => {
          const c = claimById.get(id)!;
          const name = c.source_name ?? UNATTRIBUTED;
          return { claimId: id, label: c.source_name ? initials(c.source_name) : '?', slot: slotOf(id) ?? -1, sourceName: name };
        }),
      };
    }),
  }));

  const otherCases = new Map(sources.map((s) => [s.id, s.other_case_count]));
  const groups = new Map<number | null, ClaimGroup>();
  for (const c of claims) {
    let g = groups.get(c.source_id);
    if (!g) {
      const name = c.source_name ?? UNATTRIBUTED;
      g = { sourceId: c.source_id, name, kind: c.source_kind, reliability: c.source_reliability, label: c.source_name ? initials(name) : '?', slot: c.source_id === null ? null : (slots.get(c.source_id) ?? null), otherCases: c.source_id === null ? 0 : (otherCases.get(c.source_id) ?? 0), claims: [] };
      groups.set(c.source_id, g);
    }
    g.claims.push(c);
  }

  return {
    article,
    kase,
    paragraphs: layout,
    groups: [...groups.values()],
    sources,
    counts: {
      total: allClaims.length,
      rejected: allClaims.filter((c) => c.review_status === 'rejected').length,
      pending: allClaims.filter((c) => c.review_status === 'pending').length,
    },
  };
}
