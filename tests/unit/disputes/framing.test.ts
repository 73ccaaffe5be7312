import { findFrames } from '../../../server/disputes/framing';

const poles = (text: string) => findFrames(text).map((f) => `${f.axis}:${f.pole}`);

describe('findFrames', () => {
  it('reads "defensive" and "self-defence" as the defensive pole', () => {
    expect(poles('US forces conducted a defensive air strike')).toContain('legitimacy:defensive');
    expect(poles('We maintain the inherent right to self-defence')).toContain('legitimacy:defensive');
  });

  it('reads "heinous crime and blatant aggression" as the aggression pole, with its words', () => {
    const hit = findFrames('a "heinous crime and blatant aggression"').find((f) => f.axis === 'legitimacy');
    expect(hit?.pole).toBe('aggression');
    expect(hit?.words).toEqual(expect.arrayContaining(['aggression', 'heinous']));
  });

  it('reads "terrorists" and "rebels" as opposite actor labels', () => {
    expect(poles('the government blamed terrorists')).toContain('actors:terrorists');
    expect(poles('rebels guarding the convoy')).toContain('actors:rebels');
  });

  it('leaves an axis out when a text uses both of its poles', () => {
    expect(poles('it called the defensive claim a crime')).not.toContain('legitimacy:defensive');
    expect(poles('it called the defensive claim a crime')).not.toContain('legitimacy:aggression');
  });

  it('finds nothing in neutral text', () => {
    expect(findFrames('The convoy was waiting at a bus garage')).toEqual([]);
  });
});
