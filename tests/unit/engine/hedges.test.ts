import { extractAttributions } from '../../../server/engine/index';

const hedges = (t: string): string[] => extractAttributions(t).attributions.filter((a) => !a.publisher).flatMap((a) => a.hedges.map((h) => h.text));

describe('hedges', () => {
  it('finds hedge words inside the content', () => {
    expect(hedges('The group said apparent missile strikes hit two patrols.')).toContain('apparent');
  });

  it('finds anonymity after the cue', () => {
    expect(hedges('"We struck first," the official said on condition of anonymity.')).toContain('on condition of anonymity');
  });

  it('finds "reportedly" and "alleged"', () => {
    expect(hedges('Officials said the alleged attack reportedly killed two.')).toEqual(expect.arrayContaining(['alleged', 'reportedly']));
  });

  it('gives no hedges to a plain statement', () => {
    expect(hedges('The minister said the bridge was closed.')).toEqual([]);
  });
});
