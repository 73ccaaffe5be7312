import { anchorQuote, textPositionSelector, textQuoteSelector } from '../../server/lib/selectors';

describe('textQuoteSelector', () => {
  const text = 'Officials said the strike was "defensive", but the group said it hit drone experts.';

  it('keeps the covered words and up to 32 code units on each side', () => {
    const start = text.indexOf('"defensive"');
    const sel = textQuoteSelector(text, start, start + 11);
    expect(sel).toEqual({
      type: 'TextQuoteSelector',
      exact: '"defensive"',
      prefix: 'Officials said the strike was ',
      suffix: ', but the group said it hit dron',
    });
    expect(sel.suffix).toHaveLength(32);
  });

  it('stops the context at the ends of the text', () => {
    expect(textQuoteSelector('He said no.', 3, 7)).toMatchObject({ prefix: 'He ', exact: 'said', suffix: ' no.' });
  });

  it('never cuts an emoji (a surrogate pair) in half at the edge of the context', () => {
    // 32 code units either side of "said" land between the two halves of an emoji.
    const text = `😀${'x'.repeat(31)}said${'y'.repeat(31)}😀z`;
    const start = text.indexOf('said');
    const sel = textQuoteSelector(text, start, start + 4);
    expect(sel.prefix).toBe('x'.repeat(31));
    expect(sel.suffix).toBe('y'.repeat(31));
    const whole = textQuoteSelector(text, start - 1, start + 5);
    expect(whole.prefix).toBe(`😀${'x'.repeat(30)}`);
  });

  it('refuses a span that does not fit the text', () => {
    expect(() => textQuoteSelector('short', 2, 9)).toThrow(RangeError);
    expect(() => textQuoteSelector('short', 3, 3)).toThrow(RangeError);
  });
});

describe('textPositionSelector', () => {
  it('is the W3C position selector', () => {
    expect(textPositionSelector(4, 9)).toEqual({ type: 'TextPositionSelector', start: 4, end: 9 });
  });
});

describe('anchorQuote', () => {
  const text = 'The official said "four people were killed".\nA  security source confirmed: four people were killed.';

  it('finds a quote that occurs once and returns its span', () => {
    const a = anchorQuote(text, 'security source confirmed');
    expect(a).toEqual({ found: 'unique', start: text.indexOf('security'), end: text.indexOf(':'), matches: 1 });
  });

  it('says absent when the words are not in the text', () => {
    expect(anchorQuote(text, 'five people were killed')).toEqual({ found: 'absent', matches: 0 });
    expect(anchorQuote(text, '   ')).toEqual({ found: 'absent', matches: 0 });
  });

  it('says ambiguous when the quote occurs twice and nothing tells them apart', () => {
    expect(anchorQuote(text, 'four people were killed')).toEqual({ found: 'ambiguous', matches: 2 });
  });

  it('uses the prefix to pick one of several occurrences', () => {
    const a = anchorQuote(text, 'four people were killed', 'source confirmed: ');
    expect(a).toMatchObject({ found: 'unique', matches: 2, start: text.lastIndexOf('four') });
  });

  it('uses the suffix to pick one of several occurrences', () => {
    const a = anchorQuote(text, 'four people were killed', '', '".');
    expect(a).toMatchObject({ found: 'unique', start: text.indexOf('four') });
    expect(text.slice(a.start, a.end)).toBe('four people were killed');
  });

  it('ignores differences in whitespace and curly versus straight quotes', () => {
    const a = anchorQuote(text, 'said “four  people\nwere killed”');
    expect(a.found).toBe('unique');
    expect(text.slice(a.start, a.end)).toBe('said "four people were killed"');
    expect(anchorQuote(text, 'A security source').found).toBe('unique');
  });

  it('reports offsets in UTF-16 code units after an emoji', () => {
    const t = 'Crowds 🔥 gathered. He said "enough".';
    const a = anchorQuote(t, '"enough"');
    expect(a).toMatchObject({ found: 'unique', start: t.indexOf('"enough"'), end: t.indexOf('"enough"') + 8 });
  });
});
