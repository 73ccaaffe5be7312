import { coarse, isTitleCase, lexTag, uncapitaliseTitle } from '../../../server/engine/pos';
import { tokenize } from '../../../server/engine/tokens';

describe('part of speech', () => {
  it('reads a capitalised word the lexicon knows only as a lower-case foreign word as a name', () => {
    // "sana" is a foreign word in the lexicon; Syria's news agency is a name.
    for (const w of ['SANA', 'Sana']) expect(coarse(tokenize(w)[0]!)).toBe('proper');
    expect(coarse(tokenize('said')[0]!)).toBe('verb');
  });

  it('marks noun/verb ambiguity in the lexicon tag', () => {
    const [claims] = tokenize('claims');
    expect(lexTag(claims!)).toMatch(/^NNS\+V$/);
  });

  it('recognises a Title Case headline but not ordinary prose', () => {
    expect(isTitleCase(tokenize('Governor Says New Bridge Will Open Next Spring.'))).toBe(true);
    expect(isTitleCase(tokenize('The governor said the bridge would open in spring.'))).toBe(false);
  });

  it('lower-cases headline words the lexicon only knows in lower case, keeping offsets', () => {
    const text = 'Governor Vows New Bridge Will Open';
    const toks = uncapitaliseTitle(tokenize(text));
    const vows = toks[1]!;
    expect(vows.text).toBe('vows');
    expect(text.slice(vows.start, vows.end)).toBe('Vows');
    expect(coarse(vows)).toBe('verb');
    // A capital the lexicon knows (a name, a sentence-initial word) is kept.
    expect(toks[0]?.text).toBe('Governor');
  });
});
