// SQL for the dispute board: everything it shows, read in one round trip (db/together.ts).
// It used to take eight queries (the dispute, then five in parallel, then the sources'
// track records), about a third of the board's CPU time in bench:pages.
import type { Knex } from 'knex';
import { caseQuery, type CaseRow } from './cases';
import { marksQuery, type MarkRow } from './consistency';
import { disputeQuery, type DisputeRow } from './disputes';
import { boardClaimsQuery, type BoardClaim } from './placements';
import { positionsQuery, type PositionRow } from './positions';
import { prepareTogether } from './together';
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

const BOARD = prepareTogether(['dispute'], (db, { dispute: disputeId }) => {
  const boardSources = db.raw('any ?', [db('claim_placements as bp').join('claims as bc', 'bc.id', 'bp.claim_id').distinct('bc.source_id').where('bp.dispute_id', disputeId).whereNotNull('bc.source_id')]);
  return [
    disputeQuery(db, disputeId),
    caseQuery(db, db('disputes').select('case_id').where({ id: disputeId })),
    positionsQuery(db, disputeId),
    boardClaimsQuery(db, disputeId),
    verdictsQuery(db, disputeId),
    marksQuery(db, disputeId),
    publishedOutcomesQuery(db, boardSources),
  ];
});

/** The board's rows for a dispute, or undefined when there is no such dispute. */
export async function readBoard(db: Knex, disputeId: number): Promise<BoardRows | undefined> {
  const [dispute, kase, positions, claims, verdicts, marks, outcomes] = await BOARD(db, { dispute: disputeId });
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
