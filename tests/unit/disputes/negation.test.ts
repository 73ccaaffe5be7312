import { deniesInvolvement, findDenial } from '../../../server/disputes/negation';

describe('findDenial', () => {
  it.each([
    ['The ministry denied the report', 'denied'],
    ['claims that are false and fabricated', 'false'],
    ['there is no evidence of chemical weapons', 'no evidence'],
    ['the army did not target civilians', 'did not target'],
  ])('finds a denial in "%s"', (text, word) => {
    expect(findDenial(text)).toContain(word);
  });

  it('finds none in a plain statement', () => {
    expect(findDenial('four people were killed')).toEqual([]);
  });
});

describe('deniesInvolvement', () => {
  it('reads "denied any involvement" as a denial of one\'s own part', () => {
    expect(deniesInvolvement('the group denied any involvement in the attack')).toBe(true);
  });

  it('reads the verb from the cue when the content holds only the object', () => {
    expect(deniesInvolvement('any involvement', 'denied')).toBe(true);
  });

  it('does not read a denial of a report as a denial of involvement', () => {
    expect(deniesInvolvement('the ministry denied the casualty figures')).toBe(false);
  });
});
