import { claimRating } from '../../../server/reports/claimreview';

describe('claimRating (the documented outcome → ClaimReview mapping)', () => {
  it.each([
    [{ outcome: 'position', position_id: 7 }, 7, 5, 'Supported'],
    [{ outcome: 'position', position_id: 8 }, 7, 1, 'Contradicted'],
    [{ outcome: 'conflicting', position_id: null }, 7, 3, 'Conflicting'],
    [{ outcome: 'insufficient_evidence', position_id: null }, 7, 2, 'Unverified'],
  ])('rates a claim in position %#', (verdict, claimPosition, ratingValue, alternateName) => {
    expect(claimRating(verdict, claimPosition)).toEqual({ ratingValue, alternateName });
  });
});
