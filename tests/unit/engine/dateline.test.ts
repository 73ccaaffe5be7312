import { skipDateline } from '../../../server/engine/dateline';

describe('skipDateline', () => {
  it('skips a wire dateline with agency', () => {
    const t = 'BAGHDAD (AFP) - Iraqi officials said the toll rose.';
    expect(t.slice(skipDateline(t, [0, t.length]))).toBe('Iraqi officials said the toll rose.');
  });

  it('skips a dateline with a date', () => {
    const t = 'CAIRO, Jan. 3 (UPI) — The minister called for calm.';
    expect(t.slice(skipDateline(t, [0, t.length]))).toBe('The minister called for calm.');
  });

  it('leaves ordinary sentences alone', () => {
    const t = 'The minister - who was tired - said no.';
    expect(skipDateline(t, [0, t.length])).toBe(0);
  });
});
