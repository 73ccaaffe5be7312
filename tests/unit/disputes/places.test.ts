import { extractPlaces, placeAreas, placeKeys } from '../../../server/disputes/places';

describe('extractPlaces', () => {
  it('reads places after locative words, with "the town of" and "al-" names', () => {
    expect(extractPlaces('An airstrike hit a field hospital in the town of Ahsem in Idlib province')).toEqual(['Ahsem', 'Idlib']);
    expect(extractPlaces('killed 20 civilians on Monday in the Bab al-Maqam neighborhood')).toEqual(['Bab al-Maqam']);
  });

  it('leaves out days, countries and Title Case headlines', () => {
    expect(extractPlaces('killed on Monday in Syria')).toEqual([]);
    expect(extractPlaces('Death Toll in Blast Targeting Evacuees Rises to 70')).toEqual([]);
  });

  it('finds none in a sentence without places', () => {
    expect(extractPlaces('four people were killed and others were critically wounded')).toEqual([]);
  });
});

describe('placeKeys and placeAreas', () => {
  it('matches spellings without apostrophes or "al-"', () => {
    expect(placeKeys('al-Foua')).toEqual(['foua']);
    expect(placeKeys('Aleppos')).toEqual(placeKeys('Aleppo'));
    expect(placeKeys('Hasakeh')).toEqual(placeKeys('Hasaka'));
    expect(placeKeys('Kefraya')).toEqual(placeKeys('Kafraya'));
    expect(placeKeys('Homs')).not.toEqual(placeKeys('Hama'));
  });

  it('puts places named together in one claim in one area', () => {
    const areas = placeAreas([['Fua', 'Aleppo'], ['Rashidin', 'Aleppo'], ['Deir Ezzor']]);
    const area = (p: string) => areas.get(placeKeys(p)[0]!);
    expect(area('Fua')).toBe(area('Rashidin'));
    expect(area('Deir')).not.toBe(area('Aleppo'));
  });
});
