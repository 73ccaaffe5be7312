import { extractBlame } from '../../../server/disputes/blame';

describe('extractBlame', () => {
  it('reads "blamed the attack on terrorists"', () => {
    expect(extractBlame('The government blamed Saturdays attack on "terrorists."', 'Government')).toEqual([
      expect.objectContaining({ agent: 'terrorists', stance: 'blames', family: 'attack' }),
    ]);
  });

  it('reads the blame verb from the cue', () => {
    expect(extractBlame('the attack on terrorists', 'Government', 'blamed')[0]).toMatchObject({ agent: 'terrorists', stance: 'blames' });
  });

  it('ignores blame for something that is not an event ("blamed the delay on…")', () => {
    expect(extractBlame('insurgents blamed the delay partly on the fact that fewer fighters left', 'Activist')).toEqual([]);
  });

  it('reads "we hold X responsible" and "accused X of"', () => {
    expect(extractBlame('we hold the coalition forces fully responsible for the strike', 'Rasool')[0]).toMatchObject({ agent: 'coalition forces' });
    expect(extractBlame('The army accused rebels of shelling the town', 'Army')[0]).toMatchObject({ agent: 'rebels', family: 'strike' });
  });

  it('reads an actor as the subject of an attack verb', () => {
    expect(extractBlame('residents lost their lives after terrorists attacked their buses', 'Outlet')[0]).toMatchObject({ agent: 'terrorists' });
  });

  it('does not blame a side for "carried out by a suicide bomber"', () => {
    expect(extractBlame('the attack was carried out by a suicide car bomber', 'Media')).toEqual([]);
  });

  it('reads claims of responsibility and denials of involvement', () => {
    expect(extractBlame('Islamic State claimed responsibility for the bombing', 'Islamic State')[0]).toMatchObject({ stance: 'claims' });
    expect(extractBlame('The Syrian government has strongly denied responsibility', 'nna')[0]).toMatchObject({ stance: 'denies', agent: 'Syrian government' });
  });

  it('does not read "no claim of responsibility" as a claim', () => {
    expect(extractBlame('There was no immediate claim of responsibility for the attack', 'Outlet')).toEqual([]);
  });
});

describe('extractBlame: grouping parties', () => {
  it('gives "the regime" and "the Syrian government" one key, and "rebels" and "opposition fighters" another', () => {
    const key = (t: string) => extractBlame(t, 'x')[0]?.agentKey;
    expect(key('the attack was carried out by the regime')).toBe(key('the Syrian government was behind the attack'));
    expect(key('The army accused rebels of shelling the town')).toBe(key('opposition fighters were behind the attack'));
    expect(key('the attack was carried out by terrorists')).not.toBe(key('opposition fighters were behind the attack'));
  });

  it('reads the claimant of responsibility from the sentence ("IS claims responsibility")', () => {
    expect(extractBlame('Related IS group claims responsibility for the attack', 'state media')[0]).toMatchObject({ stance: 'claims', agent: 'Related IS group' });
  });
});
