import { clauseCut, contentEnd, isAdjunct } from '../../../server/engine/clauses';
import { tokenize } from '../../../server/engine/tokens';

const toks = (t: string) => tokenize(t);
const text = (t: string, a: number, b: number): string => { const k = toks(t); return t.slice(k[a]?.start ?? 0, k[b]?.end ?? 0); };

describe('clause helpers', () => {
  it('treats "in a statement" and "on Tuesday" as adjuncts', () => {
    expect(isAdjunct(toks('in a statement'), 0, 2)).toBe(true);
    expect(isAdjunct(toks('on Tuesday'), 0, 1)).toBe(true);
  });

  it('does not treat a that-clause as an adjunct', () => {
    expect(isAdjunct(toks('that the vote was rigged'), 0, 4)).toBe(false);
  });

  it('drops the final full stop and a wire credit from content', () => {
    const t = 'Four people died.--AFP';
    expect(text(t, 0, contentEnd(toks(t)))).toBe('Four people died');
  });

  it('cuts content at ", which" but skips a paired dash aside', () => {
    const a = 'the plan failed, which surprised nobody';
    expect(text(a, 0, clauseCut(toks(a), 0, toks(a).length - 1, () => false))).toBe('the plan failed');
    const b = 'the plan -- a bold one -- failed badly';
    expect(text(b, 0, clauseCut(toks(b), 0, toks(b).length - 1, () => false))).toBe(b);
  });
});
