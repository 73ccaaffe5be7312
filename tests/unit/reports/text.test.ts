import { escapeMarkdown, neutraliseCell, truncateAtWord } from '../../../server/reports/text';

describe('escapeMarkdown', () => {
  it('turns link, image and HTML syntax into literal text', () => {
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(escapeMarkdown('![i](http://x)')).toBe('\\!\\[i\\]\\(http://x\\)');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it('keeps a value from starting a list, a heading or a quote, and from spanning lines', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('# head')).toBe('\\# head');
    expect(escapeMarkdown('a\n# b')).toBe('a \\# b');
    expect(escapeMarkdown('one-way. Fine')).toBe('one-way. Fine');
  });
});

describe('neutraliseCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it('leaves ordinary text alone', () => expect(neutraliseCell('US official')).toBe('US official'));
});

describe('truncateAtWord', () => {
  it('cuts at a word boundary under the limit and ends with an ellipsis', () => {
    const s = truncateAtWord('combatants attempting to launch one-way attack uncrewed aerial systems that threatened forces', 74);
    expect(s.length).toBeLessThanOrEqual(74);
    expect(s).toBe('combatants attempting to launch one-way attack uncrewed aerial systems…');
  });
  it('keeps short text whole', () => expect(truncateAtWord('short', 74)).toBe('short'));
});
