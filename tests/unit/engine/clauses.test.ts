import { contentEnd, dashCut, isAdjunct } from '../../../server/engine/clauses';
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

  it('ends content at a lone dash but not at a paired aside or a hyphen', () => {
    const cut = (s: string): string => text(s, 0, dashCut(toks(s), 0, toks(s).length - 1, () => false));
    expect(cut('the plan failed -- a setback for the city')).toBe('the plan failed');
    expect(cut('the plan -- a bold one -- failed badly')).toBe('the plan -- a bold one -- failed badly');
    expect(cut('the U.S.-born voters stayed home')).toBe('the U.S.-born voters stayed home');
  });
});
