// A source's track record counts published verdicts that upheld or rejected the positions its claims stood in.
import { publishVerdict } from '../../server/services/verdicts';
import { trackRecordForSource } from '../../server/services/track-record';
import { makeClaims, makeDispute } from '../support/board';
import { makeCase, makeUser } from '../support/factories';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

describe('trackRecordForSource', () => {
  it('counts upheld, rejected and undecided published verdicts, using the latest correction', async () => {
    const editor = await makeUser(t.db, { role: 'editor' });
    const actor = { userId: editor.id, requestId: null };
    const judgement = { likelihood: 'likely' as const, confidence: 'moderate' as const, rationale: 'Because.', evidence: [], correctionNote: '' };
    const publish = async (positionIndex: number | 'conflicting', corrected?: number) => {
      const kase = await makeCase(t.db);
      const us = await makeClaims(t.db, kase.id, 1, { sourceName: 'Track official' });
      const kh = await makeClaims(t.db, kase.id, 1, { sourceName: 'Track group' });
      const { dispute, positions } = await makeDispute(t.db, kase.id, ['A', 'B'], [[us[0]!.id], [kh[0]!.id]]);
      const outcome = (i: number | 'conflicting') => (i === 'conflicting' ? { outcome: 'conflicting' as const } : { outcome: 'position' as const, positionId: positions[i]!.id });
      await publishVerdict(t.db, dispute.id, { ...judgement, ...outcome(positionIndex) }, actor);
      if (corrected !== undefined) await publishVerdict(t.db, dispute.id, { ...judgement, ...outcome(corrected), correctionNote: 'New evidence.' }, actor);
      return us[0]!.source_id!;
    };
    const source = await publish(0);
    await publish(1);
    await publish('conflicting');
    await publish(1, 0); // rejected at first, upheld after the correction
    const record = await trackRecordForSource(t.db, source);
    expect([record.upheld, record.rejected, record.undecided]).toEqual([2, 1, 1]);
    expect(record.disputes).toHaveLength(4);
  });
});
