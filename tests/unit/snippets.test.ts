import { HIT_START, HIT_STOP } from '../../db/search';
import { snippetHtml, snippetPieces } from '../../server/lib/snippets';

describe('search snippets', () => {
  it('cuts a marked snippet into plain and highlighted pieces', () => {
    expect(snippetPieces(`a ${HIT_START}drone${HIT_STOP} hit`)).toEqual([
      { text: 'a ', hit: false },
      { text: 'drone', hit: true },
      { text: ' hit', hit: false },
    ]);
  });

  it('escapes the text and only ever adds <mark> elements', () => {
    const html = snippetHtml(`<script>alert("x")</script> & ${HIT_START}<img onerror=y>${HIT_STOP}`);
    expect(html).toBe('&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; <mark>&lt;img onerror=y&gt;</mark>');
  });

  it('drops unbalanced markers instead of leaving a highlight open', () => {
    expect(snippetHtml(`${HIT_STOP}x${HIT_START}`)).toBe('x');
    expect(snippetHtml(`${HIT_START}${HIT_START}y`)).toBe('<mark>y</mark>');
  });
});
