import { findQuotes } from '../../../server/engine/quotes';
import { splitParagraphs } from '../../../server/engine/sentences';

const quoted = (t: string): string[] => findQuotes(t, splitParagraphs(t)).map((q) => t.slice(q.span[0], q.span[1]));

describe('findQuotes', () => {
  it('finds curly and straight quotations with their marks', () => {
    expect(quoted('He said “yes” and "no".')).toEqual(['“yes”', '"no"']);
  });

  it('keeps a quotation spanning sentences together', () => {
    expect(quoted('“We tried. We failed,” she said.')).toEqual(['“We tried. We failed,”']);
  });

  it('runs an unclosed quotation to the end of its paragraph only', () => {
    const t = '“First paragraph of a long quote.\n\n“Second paragraph,” he said.';
    expect(quoted(t)).toEqual(['“First paragraph of a long quote.', '“Second paragraph,”']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted("The country's troops didn't move.")).toEqual([]);
  });

  it('reads two apostrophes as a double quote', () => {
    expect(quoted("''It is over,'' he said.")).toEqual(["''It is over,''"]);
  });
});
