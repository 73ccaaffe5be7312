import { isCapitalised, startsUpper, tokenize } from '../../../server/engine/tokens';

describe('tokenize', () => {
  it('gives every token offsets that slice back to its text', () => {
    const t = 'The U.S.-led coalition\'s 2,500 troops said "no" -- twice…';
    for (const tok of tokenize(t)) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
  });

  it('keeps abbreviations, numbers and hyphenated words whole', () => {
    const words = tokenize('U.S. troops, 2,500 of them, US-led').map((x) => x.text);
    expect(words).toEqual(['U.S.', 'troops', ',', '2,500', 'of', 'them', ',', 'US-led']);
  });

  it('splits the possessive so the head noun stands alone', () => {
    expect(tokenize("Iraq's forces").map((x) => x.text)).toEqual(['Iraq', "'s", 'forces']);
  });

  it('marks quotation marks, including the two-apostrophe style', () => {
    expect(tokenize("''Yes,'' he said").filter((x) => x.kind === 'quote').map((x) => x.text)).toEqual(["''", "''"]);
  });

  it('tokenizes only inside the requested span', () => {
    const t = 'aaa bbb ccc';
    expect(tokenize(t, [4, 7]).map((x) => [x.text, x.start])).toEqual([['bbb', 4]]);
  });

  it('handles astral characters without splitting surrogate pairs', () => {
    const t = 'Zoë 🚀 𝒜li';
    for (const tok of tokenize(t)) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
  });
});

describe('isCapitalised by Unicode category', () => {
  it('counts capitals without a lower-case partner (astral mathematical letters)', () => {
    const [t] = tokenize('\u{1D40B}opez');
    expect(isCapitalised(t)).toBe(true);
    expect(startsUpper('\u{1D40B}opez')).toBe(true);
  });

  it('still tells lower case and non-letters apart', () => {
    const [a, b, c] = tokenize('river Élan 42');
    expect(isCapitalised(a)).toBe(false);
    expect(isCapitalised(b)).toBe(true);
    expect(isCapitalised(c)).toBe(false);
  });
});
