import { disputeAgreement, krippendorffAlpha, reviewersDisagree } from '../../../server/services/agreement';

// Reliability data as rows of observers; '*' is a missing value. Turned into units (columns).
function unitsFrom(rows: string[][]): string[][] {
  return rows[0]!.map((_, u) => rows.map((r) => r[u]!).filter((v) => v !== '*'));
}

describe("Krippendorff's alpha (nominal)", () => {
  it("matches Krippendorff's 2011 worked example: 4 observers, 12 units, alpha = 0.743", () => {
    const rows = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', '*', '*', '*'],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', '*', '3'],
      ['*', '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', '*'],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', '*'],
    ];
    const a = krippendorffAlpha(unitsFrom(rows), 4);
    expect(a.pairable).toBe(40); // unit 12 has a single value and does not count
    expect(a.units).toBe(11);
    expect(a.alpha).toBeCloseTo(0.743, 3);
  });

  it('matches a hand-computed two-coder example (alpha = 4/9)', () => {
    // Units: (a,a) (b,b) (a,b): n = 6; Do = 2/6; n_a = n_b = 3; De = 2·3·3 / (6·5) = 0.6; alpha = 1 − (1/3)/0.6 = 4/9.
    const a = krippendorffAlpha([['a', 'a'], ['b', 'b'], ['a', 'b']], 2);
    expect(a.alpha).toBeCloseTo(4 / 9, 10);
    expect(a.expected).toBeCloseTo(0.6, 10);
  });

  it('is 1 when reviewers agree on every unit and values vary across units', () => {
    expect(krippendorffAlpha([['x', 'x'], ['y', 'y', 'y']], 3).alpha).toBe(1);
  });

  it('is undefined, with a reason, for fewer than two reviewers — never NaN', () => {
    const a = krippendorffAlpha([['x']], 1);
    expect(a.alpha).toBeUndefined();
    expect(a.reason).toMatch(/fewer than two reviewers/);
    expect(disputeAgreement([]).alpha).toBeUndefined();
  });

  it('is undefined when every value is the same (no variation)', () => {
    const a = krippendorffAlpha([['x', 'x'], ['x', 'x']], 2);
    expect(a.alpha).toBeUndefined();
    expect(a.reason).toMatch(/same outcome/);
  });

  it('is 0 for one dispute whose reviewers split', () => {
    expect(disputeAgreement(['p1', 'p2', 'p1']).alpha).toBeCloseTo(0, 10);
  });

  it('tells when reviewers disagree', () => {
    expect(reviewersDisagree(['p1', 'p1'])).toBe(false);
    expect(reviewersDisagree(['p1', 'conflicting'])).toBe(true);
  });
});
