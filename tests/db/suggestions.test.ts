// Storing suggested disputes: new ones appear as 'suggested' with their claims placed;
// a dismissed one is never proposed again.
import { refreshSuggestions, type SuggestFn } from '../../server/services/suggestions';
import { makeClaims } from '../support/board';
import { makeCase } from '../support/factories';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

describe('refreshSuggestions', () => {
  it('stores suggestions as suggested disputes with their positions and placements, once', async () => {
    const kase = await makeCase(t.db);
    const a = await makeClaims(t.db, kase.id, 1, { sourceName: 'Official A' });
    const b = await makeClaims(t.db, kase.id, 1, { sourceName: 'Group B' });
    const seen: string[][] = [];
    const suggest: SuggestFn = (claims, opts) => {
      seen.push([...(opts.dismissedKeys ?? [])]);
      expect(claims.map((c) => c.source?.name)).toEqual(['Official A', 'Group B']);
      return [
        { key: 'conflict:1', question: 'Who was hit?', positions: [{ label: 'Fighters', claimIds: [String(a[0]!.id)] }, { label: 'Experts', claimIds: [String(b[0]!.id)] }], signals: ['different targets named for the same strike: fighters vs experts'] },
        { key: 'corroboration:1', question: 'How many died?', positions: [{ label: 'Four', claimIds: [String(a[0]!.id)] }] },
      ];
    };
    expect(await refreshSuggestions(t.db, kase.id, suggest)).toBe(2);
    const disputes = await t.db('disputes').where({ case_id: kase.id }).orderBy('id');
    expect(disputes.map((d) => [d.status, d.origin, d.suggestion_key, d.suggestion_signals])).toEqual([
      ['suggested', 'suggested', 'conflict:1', ['different targets named for the same strike: fighters vs experts']],
      ['suggested', 'suggested', 'corroboration:1', []],
    ]);
    expect(await t.db('positions').where({ dispute_id: disputes[1].id }).pluck('label')).toEqual(['Four', 'Another account']);
    expect(await t.db('claim_placements').where({ dispute_id: disputes[0].id }).count<{ count: string }[]>()).toEqual([{ count: '2' }]);

    await t.db('disputes').where({ id: disputes[0].id }).update({ status: 'dismissed' });
    expect(await refreshSuggestions(t.db, kase.id, suggest)).toBe(0);
    expect(seen[1]).toEqual(expect.arrayContaining(['conflict:1', 'corroboration:1']));
    expect((await t.db('disputes').where({ id: disputes[0].id }).first()).status).toBe('dismissed');
  });
});
