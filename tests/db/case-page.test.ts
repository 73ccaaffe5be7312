// The case page's rows come in one round trip and equal the single-purpose queries'.
import { listArticlesForCase } from '../../db/articles';
import { readCasePage } from '../../db/case-page';
import { findCaseById } from '../../db/cases';
import { listDisputesForCase } from '../../db/disputes';
import { listSourcesForCase } from '../../db/sources';
import { listLatestOutcomesForCase } from '../../db/verdicts';
import { recordVerdict } from '../../server/services/verdicts';
import { makeClaims, makeDispute } from '../support/board';
import { createTestDb, type TestDb } from '../support/db';
import { makeCase, makeUser } from '../support/factories';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

describe('readCasePage', () => {
  it('reads the case, articles, sources, disputes and latest reviews as the single queries do', async () => {
    const reviewer = await makeUser(t.db, { role: 'reviewer' });
    const kase = await makeCase(t.db);
    const claims = await makeClaims(t.db, kase.id, 2, { sourceName: 'Case page official' });
    const { dispute, positions } = await makeDispute(t.db, kase.id, ['A', 'B'], [[claims[0]!.id], [claims[1]!.id]]);
    const judgement = { likelihood: 'likely' as const, confidence: 'moderate' as const, rationale: 'Because.', evidence: [] };
    const first = await recordVerdict(t.db, dispute.id, { ...judgement, outcome: 'position', positionId: positions[0]!.id }, null, { userId: reviewer.id, requestId: null });
    await recordVerdict(t.db, dispute.id, { ...judgement, outcome: 'position', positionId: positions[1]!.id }, first.id, { userId: reviewer.id, requestId: null });

    const rows = await readCasePage(t.db, kase.id);
    expect(rows).toEqual({
      kase: await findCaseById(t.db, kase.id),
      articles: await listArticlesForCase(t.db, kase.id),
      sources: await listSourcesForCase(t.db, kase.id),
      disputes: await listDisputesForCase(t.db, kase.id),
      outcomes: await listLatestOutcomesForCase(t.db, kase.id),
    });
    // Only the reviewer's latest review counts.
    expect(rows!.outcomes).toEqual([{ dispute_id: dispute.id, reviewer_id: reviewer.id, value: `p${positions[1]!.id}` }]);
    expect(rows!.articles.length).toBeGreaterThan(0);
  });

  it('answers undefined for a missing case', async () => {
    expect(await readCasePage(t.db, 2_000_000_000)).toBeUndefined();
  });
});
