import { krippendorffAlpha } from '../../../server/reports/agreement';

describe("Krippendorff's alpha (nominal)", () => {
  it('matches the worked example of Krippendorff (2011), nominal data, alpha = 0.743', () => {
    // Reliability data matrix from "Computing Krippendorff's Alpha-Reliability" (2011), 4 coders x 12 units, nominal.
    const rows: (number | null)[][] = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const judgements = rows.flatMap((row, coder) => row.flatMap((v, unit) => (v === null ? [] : [{ unit, coder, value: String(v) }])));
    const a = krippendorffAlpha(judgements);
    expect(a.alpha).toBeCloseTo(0.743, 3);
    expect(a.units).toBe(11);
    expect(a.values).toBe(40);
  });

  it('is undefined, with a note, when fewer than two reviewers judged any dispute', () => {
    expect(krippendorffAlpha([{ unit: 1, coder: 1, value: 'a' }])).toMatchObject({ alpha: null, units: 0 });
  });

  it('uses the latest judgement of a reviewer on a dispute', () => {
    const a = krippendorffAlpha([
      { unit: 1, coder: 1, value: 'a' }, { unit: 1, coder: 2, value: 'b' }, { unit: 1, coder: 2, value: 'a' },
      { unit: 2, coder: 1, value: 'b' }, { unit: 2, coder: 2, value: 'b' },
    ]);
    expect(a.alpha).toBe(1);
    expect(a.unanimous).toBe(2);
  });
});
