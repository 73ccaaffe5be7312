import { splitParagraphs, splitSentences } from '../../../server/engine/sentences';

const texts = (t: string): string[] => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe('splitSentences', () => {
  it('keeps "U.S." inside one sentence', () => {
    expect(texts('The U.S. military said it struck. Iraq objected.')).toEqual(['The U.S. military said it struck.', 'Iraq objected.']);
  });

  it('does not split after titles like "Gen." and "Maj."', () => {
    expect(texts('It was said by Maj. Gen. Pat Ryder on Monday. Others agreed.')).toHaveLength(2);
  });

  it('does not split inside dates like "Jan. 5" or numbers like "No. 3"', () => {
    expect(texts('The vote on Jan. 5 was item No. 3 on the list. It passed.')).toEqual(['The vote on Jan. 5 was item No. 3 on the list.', 'It passed.']);
  });

  it('keeps a mid-sentence ellipsis followed by lower case together', () => {
    expect(texts('It could undermine all efforts... of joint work, he said. Then he left.')).toHaveLength(2);
  });

  it('keeps a quotation that spans sentences in one sentence', () => {
    expect(texts('"We tried. We failed," she said. Then she left.')).toEqual(['"We tried. We failed," she said.', 'Then she left.']);
  });

  it('treats newlines as boundaries, so headings stand alone', () => {
    expect(texts('- Blatant aggression -\nHe said no')).toEqual(['- Blatant aggression -', 'He said no']);
  });

  it('returns offsets into the original text', () => {
    const t = '  First one.  Second one.';
    for (const [s, e] of splitSentences(t)) expect(t.slice(s, e).trim()).toBe(t.slice(s, e));
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it('splits on newlines and trims', () => {
    const t = 'One.\n\n Two. \nThree.';
    expect(splitParagraphs(t).map(([s, e]) => t.slice(s, e))).toEqual(['One.', 'Two.', 'Three.']);
  });
});
