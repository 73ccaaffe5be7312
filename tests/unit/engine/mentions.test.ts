import { trackMentions } from '../../../server/engine/mentions';
import { splitSentences } from '../../../server/engine/sentences';

const names = (t: string) => trackMentions(t, splitSentences(t)).map((m) => [m.name, m.person]);

describe('trackMentions', () => {
  it('records capitalised names with titles stripped', () => {
    expect(names('Senator Ann Holt met voters.')).toContainEqual(['Ann Holt', true]);
  });

  it('does not take organisations for people', () => {
    expect(names('Kataeb Hezbollah said nothing.')).toContainEqual(['Kataeb Hezbollah', false]);
  });

  it('gives offsets that slice back to the name', () => {
    const t = 'Yesterday Maria Lopez spoke.';
    for (const m of trackMentions(t, splitSentences(t))) expect(t.slice(m.span[0], m.span[1])).toBe(m.name);
  });
});
