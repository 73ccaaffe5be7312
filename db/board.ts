// SQL for the dispute board: everything it shows, read in one round trip.
//
// The board used to take eight queries (the dispute, then five in parallel, then the
// sources' track records). Under load each round trip cost the app a socket write and a
// result parse, about a third of the board's CPU time in bench:pages. The same queries
// now go to PostgreSQL as one multi-statement message: one round trip, one connection,
// and (as the statements of one simple-protocol message share an implicit transaction) one
// consistent snapshot of the board. The statements are the same query builders the
// single-purpose functions use, so the rows, and their types, are the same.
import type { Knex } from 'knex';
import { caseOfDisputeQuery, type CaseRow } from './cases';
import { marksQuery, type MarkRow } from './consistency';
import { disputeQuery, type DisputeRow } from './disputes';
import { boardClaimsQuery, type BoardClaim } from './placements';
import { positionsQuery, type PositionRow } from './positions';
import { publishedOutcomesQuery, verdictsQuery, type PublishedOutcome, type VerdictWithAuthor } from './verdicts';

export interface BoardRows {
  dispute: DisputeRow;
  kase: CaseRow;
  positions: PositionRow[];
  claims: BoardClaim[];
  verdicts: VerdictWithAuthor[];
  marks: MarkRow[];
  /** Published outcomes of every dispute the board's sources have claims on (track records). */
  outcomes: PublishedOutcome[];
}

/** The board's rows for a dispute, or undefined when there is no such dispute. */
export async function readBoard(db: Knex, disputeId: number): Promise<BoardRows | undefined> {
  // The statements are sent with their values written in (a multi-statement message cannot
  // carry parameters), so the only value is checked to be an integer first.
  if (!Number.isSafeInteger(disputeId)) throw new TypeError(`dispute id must be an integer, got ${disputeId}`);
  const boardSources = db.raw('any ?', [db('claim_placements as bp').join('claims as bc', 'bc.id', 'bp.claim_id').distinct('bc.source_id').where('bp.dispute_id', disputeId).whereNotNull('bc.source_id')]);
  const statements = [
    disputeQuery(db, disputeId),
    caseOfDisputeQuery(db, disputeId),
    positionsQuery(db, disputeId),
    boardClaimsQuery(db, disputeId),
    verdictsQuery(db, disputeId),
    marksQuery(db, disputeId),
    publishedOutcomesQuery(db, boardSources),
  ];
  const results = (await db.raw(statements.map((q) => q.toString()).join(';\n'))) as { rows: unknown[] }[];
  const [dispute, kase, positions, claims, verdicts, marks, outcomes] = results.map((r) => r.rows);
  if (!dispute![0]) return undefined;
  return {
    dispute: dispute![0] as DisputeRow,
    kase: kase![0] as CaseRow,
    positions: positions as PositionRow[],
    claims: claims as BoardClaim[],
    verdicts: verdicts as VerdictWithAuthor[],
    marks: marks as MarkRow[],
    outcomes: outcomes as PublishedOutcome[],
  };
}
