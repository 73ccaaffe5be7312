import { extractTargets } from '../../../server/disputes/targets';

describe('extractTargets', () => {
  it('reads an armed target after "air strike on"', () => {
    expect(extractTargets('US forces carried out a defensive air strike on combatants who were launching drones')).toEqual([
      expect.objectContaining({ family: 'strike', cls: 'armed', phrase: 'combatants' }),
    ]);
  });

  it('reads a civilian target after "the strike targeted"', () => {
    expect(extractTargets('the US strike targeted a "group of drone experts who were carrying out new tests"')[0]).toMatchObject({ cls: 'civilian' });
  });

  it('reads a security-force target after "strikes … hit"', () => {
    expect(extractTargets('missile strikes fired from drones hit two patrols in the province')[0]).toMatchObject({ cls: 'security', phrase: 'two patrols' });
  });

  it('lets a military modifier decide ("military positions", "military convoy")', () => {
    expect(extractTargets('the strikes targeted military positions')[0]).toMatchObject({ cls: 'security' });
    expect(extractTargets('the raid hit a military convoy')[0]).toMatchObject({ cls: 'security' });
  });

  it('needs an event word before the cue', () => {
    expect(extractTargets('the storm hit the villages')).toEqual([]);
  });

  it('does not read the culprit in "blamed the attack on terrorists" as a target', () => {
    expect(extractTargets('blamed the attack on terrorists')).toEqual([]);
  });
});
