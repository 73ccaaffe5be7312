// Everything the dispute board shows, read in one round trip whatever the number of claims
// (db/board.ts; the picker, when open, is one query more), then laid out in memory:
// columns with their cards, the picker, verdicts (hidden by blind review until the viewer
// has recorded one), agreement, the consistency matrix and the sources' track records.
import type { Knex } from 'knex';
import { readBoard } from '../../db/board';
import type { CaseRow } from '../../db/cases';
import type { DisputeRow, DisputeSummary } from '../../db/disputes';
import { listPickerClaims, type BoardClaim, type PickerClaim } from '../../db/placements';
import type { PositionRow } from '../../db/positions';
import type { LatestOutcome, VerdictWithAuthor } from '../../db/verdicts';
import type { Role } from '../auth/roles';
import { roleAtLeast } from '../auth/roles';
import { colourSlots, initials } from '../lib/highlight';
import { disputeAgreement, krippendorffAlpha, reviewersDisagree, type Agreement } from './agreement';
import { buildMatrix, type Matrix } from './consistency';
import { trackRecordsFromOutcomes, type TrackRecord } from './track-record';

export interface BoardCard extends BoardClaim {
  label: string;
  slot: number | null;
}

export interface Board {
  dispute: DisputeRow;
  kase: CaseRow;
  columns: { position: PositionRow; cards: BoardCard[] }[];
  /** When asked for: the first PICKER_LIMIT claims off the board (matching the filter, if
   * any) and how many match in all. */
  picker: { claims: PickerClaim[]; total: number } | undefined;
  /** Every verdict the viewer may see, oldest first (reviews and published). */
  history: VerdictWithAuthor[];
  /** Each reviewer's latest review, if the viewer may see them. */
  latest: VerdictWithAuthor[];
  mine: VerdictWithAuthor | undefined;
  /** True when blind review hides other reviewers' verdicts from this viewer. */
  hidden: boolean;
  reviewerCount: number;
  agreement: Agreement | undefined;
  published: VerdictWithAuthor | undefined;
  matrix: Matrix;
  tracks: Map<number, TrackRecord>;
  locked: boolean;
}

// A case can hold thousands of claims; listing them all made the board a megabyte of
// HTML (p99 near 700 ms in bench:pages). The picker shows this many and a filter, and is
// only loaded when the reviewer opens it: most board views never do.
export const PICKER_LIMIT = 100;

/** Loads the board for a viewer; undefined when the dispute does not exist. `picker`
 * also loads the claims off the board (optionally filtered by `q`). */
export async function loadBoard(db: Knex, disputeId: number, viewer: { id: number; role: Role }, opts: { picker?: { q?: string } } = {}): Promise<Board | undefined> {
  const rows = await readBoard(db, disputeId);
  if (!rows) return undefined;
  const { dispute, kase, positions, claims, verdicts, marks } = rows;
  const picker = opts.picker ? await listPickerClaims(db, dispute.case_id, disputeId, { q: opts.picker.q, limit: PICKER_LIMIT }) : undefined;
  const sourceIds = [...new Set(claims.map((c) => c.source_id).filter((x): x is number => x !== null))];
  const tracks = trackRecordsFromOutcomes(sourceIds, rows.outcomes);
  const slots = colourSlots(claims.map((c) => c.source_id));
  // The rows are this call's own, so each becomes its card in place: copying every row's
  // columns into a new object took 2 % of the board's CPU time in a profile of bench:pages.
  const cards = claims as BoardCard[];
  for (const c of cards) {
    c.label = c.source_name ? initials(c.source_name) : '?';
    c.slot = c.source_id === null ? null : (slots.get(c.source_id) ?? null);
  }
  const columns = positions.map((position) => ({ position, cards: cards.filter((c) => c.position_id === position.id) }));

  const reviews = verdicts.filter((v) => v.kind === 'review');
  const latestBy = new Map<number, VerdictWithAuthor>();
  for (const v of reviews) latestBy.set(v.reviewer_id, v); // oldest first: the last one wins
  const mine = latestBy.get(viewer.id);
  const hidden = dispute.blind_review && dispute.status !== 'published' && !mine && !roleAtLeast(viewer.role, 'editor');
  const visible = hidden ? verdicts.filter((v) => v.reviewer_id === viewer.id || v.kind === 'published') : verdicts;
  const latest = hidden ? (mine ? [mine] : []) : [...latestBy.values()];
  const values = [...latestBy.values()].map(outcomeValue);
  return {
    dispute,
    kase,
    columns,
    picker,
    history: visible,
    latest,
    mine,
    hidden,
    reviewerCount: latestBy.size,
    agreement: hidden ? undefined : disputeAgreement(values),
    published: verdicts.filter((v) => v.kind === 'published').at(-1),
    matrix: buildMatrix({ claims, positions, marks }),
    tracks,
    locked: dispute.status === 'published',
  };
}

/** A verdict's outcome as one nominal value: the position id, or the special outcome. */
export function outcomeValue(v: { outcome: string; position_id: number | null }): string {
  return v.outcome === 'position' ? `p${v.position_id}` : v.outcome;
}

export interface CaseDisputes {
  active: (DisputeSummary & { disagree: boolean; values: number })[];
  suggested: DisputeSummary[];
  dismissed: DisputeSummary[];
  agreement: Agreement;
}

/** The disputes of a case for its page: disagreements first, suggestions apart, and the
 * case's agreement, from its disputes and each reviewer's latest outcome on them. */
export function caseDisputes(disputes: DisputeSummary[], outcomes: LatestOutcome[]): CaseDisputes {
  const byDispute = new Map<number, string[]>();
  for (const o of outcomes) byDispute.set(o.dispute_id, [...(byDispute.get(o.dispute_id) ?? []), o.value]);
  const active = disputes
    .filter((d) => d.status === 'open' || d.status === 'published')
    .map((d) => ({ ...d, disagree: reviewersDisagree(byDispute.get(d.id) ?? []), values: (byDispute.get(d.id) ?? []).length }))
    .sort((a, b) => Number(b.disagree) - Number(a.disagree) || a.id - b.id);
  const reviewers = new Set(outcomes.map((o) => o.reviewer_id)).size;
  return {
    active,
    suggested: disputes.filter((d) => d.status === 'suggested'),
    dismissed: disputes.filter((d) => d.status === 'dismissed'),
    agreement: krippendorffAlpha([...byDispute.values()], reviewers),
  };
}
