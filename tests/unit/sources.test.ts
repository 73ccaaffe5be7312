import { candidateWords, planSources, surfaceNames } from '../../server/services/sources';
import { normaliseSourceName, type KnownSource } from '../../server/sources/match';
import type { EntityKind, SourceEntity } from '../../server/engine/types';

function extracted(id: string, name: string, kind: EntityKind, mentions: string[] = [name], named = kind !== 'anonymous'): SourceEntity {
  return { id, name, kind, named, descriptors: [], mentions: mentions.map((text, i) => ({ span: [i * 10, i * 10 + text.length], text })) };
}
const known = (id: number, name: string, kind: EntityKind): KnownSource => ({
  id, name, normalized_name: normaliseSourceName(name), kind, named: true, case_id: null, aliases: [],
});

describe('candidateWords', () => {
  it('looks candidates up by the distinctive words of each name', () => {
    expect(candidateWords(['US Central Command', 'Gen. Yehia Rasool'])).toEqual(['central', 'comand', 'yehia', 'rasol']);
  });

  it('keeps a name made only of common words', () => {
    expect(candidateWords(['the UN'])).toEqual(['un']);
  });
});

describe('surfaceNames', () => {
  it('keeps the name and the mentions that name the source, not pronouns or descriptions', () => {
    const e = extracted('e0', 'General Yehia Rasool', 'person', ['General Yehia Rasool', 'He', 'Rasool', 'the spokesman']);
    expect(surfaceNames(e, 1)).toEqual(['General Yehia Rasool', 'Rasool']);
  });

  it('records a name without the appositive the engine saw with it', () => {
    const e = extracted('e0', 'Kataeb Hezbollah', 'armed_group', ['Kataeb Hezbollah, a powerful pro-Iran group', 'The group']);
    expect(surfaceNames(e, 1)).toEqual(['Kataeb Hezbollah']);
  });

  it('keeps only the description of an anonymous source', () => {
    expect(surfaceNames(extracted('e0', 'a security source', 'anonymous', ['A security source', 'the source']), 1)).toEqual(['a security source']);
  });
});

describe('planSources', () => {
  it('matches known sources and plans the rest as new, scoping unnamed ones to the case', () => {
    const plan = planSources(
      [extracted('e0', 'Rasool', 'person'), extracted('e1', 'a security source', 'anonymous'), extracted('e2', 'Reuters', 'media')],
      [known(7, 'Yehia Rasool', 'person'), known(8, 'Reuters', 'media')],
      3,
    );
    expect(plan.decisions).toEqual([
      { entityId: 'e0', existingId: 7, score: 0.9, reason: 'surname' },
      { entityId: 'e1', newIndex: 0 },
      { entityId: 'e2', existingId: 8, score: 1, reason: 'exact' },
    ]);
    expect(plan.newSources).toEqual([
      { name: 'a security source', normalized_name: 'security surce', kind: 'anonymous', named: false, case_id: 3, description: '' },
    ]);
  });

  it('makes two entities of one article that name the same new source one source', () => {
    const plan = planSources([extracted('e0', 'Kataeb Hezbollah', 'armed_group'), extracted('e1', 'Kataib Hezbollah', 'armed_group')], [], 1);
    expect(plan.newSources).toHaveLength(1);
    expect(plan.decisions).toEqual([{ entityId: 'e0', newIndex: 0 }, { entityId: 'e1', newIndex: 0 }]);
    expect(plan.aliases.get('e1')).toEqual(['Kataib Hezbollah']);
  });
});
