// Verdicts on a dispute: a reviewer records theirs; an editor publishes (or corrects) the final one.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { adoptSchema, ownVerdictSchema, verdictSchema } from '../schemas/verdicts';
import { publishVerdict, recordVerdict } from '../services/verdicts';
import { boardAction } from './board-action';
import type { Likelihood } from '../domain/grades';

/** POST /disputes/:id/verdicts — record (or supersede) the reviewer's verdict. */
export function submitVerdict(db: Db): RequestHandler {
  return boardAction(db, 'verdict', verdictSchema, async (f, { disputeId }, actor) => {
    const input = { ...f.outcome, likelihood: f.likelihood as Likelihood, confidence: f.confidence, rationale: f.rationale, evidence: f.evidence };
    await recordVerdict(db, disputeId, input, f.previousId, actor);
    return 'verdicts';
  });
}

/** POST /disputes/:id/publish — adopt a reviewer's verdict (adoptId) or publish the editor's own. */
export function submitPublish(db: Db): RequestHandler {
  const adopt = boardAction(db, 'publish', adoptSchema, async (f, { disputeId }, actor) => {
    await publishVerdict(db, disputeId, { adoptId: f.adoptId, correctionNote: f.correctionNote }, actor);
    return 'verdicts';
  });
  const own = boardAction(db, 'publish', ownVerdictSchema, async (f, { disputeId }, actor) => {
    const input = { ...f.outcome, likelihood: f.likelihood as Likelihood, confidence: f.confidence, rationale: f.rationale, evidence: f.evidence, correctionNote: f.correctionNote };
    await publishVerdict(db, disputeId, input, actor);
    return 'verdicts';
  });
  return (req, res, next) => ((req.body as { adoptId?: string })?.adoptId ? adopt : own)(req, res, next);
}
