import { analyseClaims } from '../../../server/disputes/analyse';
import { fingerprint, lineUp } from '../../../server/disputes/positions';
import { claim } from './support/claims';

describe('lineUp', () => {
  const [a1, a2, b1] = analyseClaims([claim('a', 'one'), claim('a', 'two'), claim('b', 'three')]);

  it('puts each source in the column holding most of its claims', () => {
    const { positions } = lineUp([
      { label: 'X', members: [a1!, b1!] },
      { label: 'Y', members: [a1!, a2!] },
    ]);
    expect(positions).toEqual([
      { label: 'X', claimIds: [b1!.claim.id] },
      { label: 'Y', claimIds: [a1!.claim.id, a2!.claim.id] },
    ]);
  });

  it('drops columns left empty', () => {
    expect(lineUp([{ label: 'X', members: [] }, { label: 'Y', members: [b1!] }]).positions).toHaveLength(1);
  });
});

describe('fingerprint', () => {
  it('depends on the claim ids, not their order or the labels', () => {
    const k1 = fingerprint('conflict', 'count:killed', [{ label: 'A', claimIds: ['x', 'y'] }, { label: 'B', claimIds: ['z'] }]);
    const k2 = fingerprint('conflict', 'count:killed', [{ label: 'C', claimIds: ['z'] }, { label: 'D', claimIds: ['y', 'x'] }]);
    expect(k1).toBe(k2);
    expect(k1).toMatch(/^conflict:count:killed:[0-9a-f]{8}$/);
  });

  it('differs by kind and signal', () => {
    const p = [{ label: 'A', claimIds: ['x'] }];
    expect(fingerprint('conflict', 'blame', p)).not.toBe(fingerprint('corroboration', 'blame', p));
    expect(fingerprint('conflict', 'blame', p)).not.toBe(fingerprint('conflict', 'denial', p));
  });
});
