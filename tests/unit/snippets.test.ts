import { HIT_START, HIT_STOP } from '../../db/search';
import { snippetPieces } from '../../server/lib/snippets';

describe('search snippets', () => {
  it('cuts a marked snippet into plain and highlighted pieces', () => {
    expect(snippetPieces(`a ${HIT_START}drone${HIT_STOP} hit`)).toEqual([
      { text: 'a ', hit: false },
      { text: 'drone', hit: true },
      { text: ' hit', hit: false },
    ]);
  });

  it('keeps the text as plain text for the view to escape, markup and all', () => {
    expect(snippetPieces(`<script>x</script> ${HIT_START}<img onerror=y>${HIT_STOP}`)).toEqual([
      { text: '<script>x</script> ', hit: false },
      { text: '<img onerror=y>', hit: true },
    ]);
  });

  it('drops unbalanced markers instead of leaving a highlight open', () => {
    expect(snippetPieces(`${HIT_STOP}x${HIT_START}`)).toEqual([{ text: 'x', hit: false }]);
    expect(snippetPieces(`${HIT_START}${HIT_START}y`)).toEqual([{ text: 'y', hit: true }]);
  });
});
