import { extractAttributions } from '../../../server/engine/index';

const source = (t: string): string => {
  const a = extractAttributions(t).attributions.find((x) => !x.publisher);
  return (a?.source ?? []).map(([s, e]) => t.slice(s, e)).join(' | ');
};

describe('source noun phrases', () => {
  it('takes the whole noun phrase with its determiner and title words', () => {
    expect(source('The US defence official said the strike was defensive.')).toBe('The US defence official');
  });

  it('keeps an inner preposition ("an official from the alliance")', () => {
    expect(source('An official from the alliance told AFP that four people were killed.')).toBe('An official from the alliance');
  });

  it('keeps a short relative clause with the noun it describes', () => {
    expect(source('A group that monitors the fighting said 14 fighters had died.')).toBe('A group that monitors the fighting');
    expect(source('Farmers who grow rice near the dam said the water was low.')).toBe('Farmers who grow rice near the dam');
    // Before an -ing cue the noun is the participle's subject, not a relative clause's object.
    expect(source('The evening ended with a rally that included Ortiz vowing to cut fees.')).toBe('Ortiz');
  });

  it('takes the phrase after "with" as the source of an -ing report in an absolute phrase', () => {
    expect(source('The talks continued, with rebel leaders demanding a ceasefire.')).toBe('rebel leaders');
    expect(source('The water was cut on Monday, with residents saying the pumps had been looted.')).toBe('residents');
  });

  it('keeps an adjective with its complement after the head ("sources familiar with …")', () => {
    expect(source('Two sources familiar with the matter said the talks had stalled.')).toBe('Two sources familiar with the matter');
    expect(source('A source close to the negotiations told AFP that a deal was near.')).toBe('A source close to the negotiations');
  });

  it('takes two coordinated sources after the content\'s comma', () => {
    expect(source('Gunmen stormed a police post overnight, a military officer and residents said.')).toBe('a military officer and residents');
    // Not a list that merely ends the content.
    expect(source('The strike hit a school, a clinic and a market, officials said.')).toBe('officials');
  });

  it('takes a description and the name after it, each between commas, as one source', () => {
    expect(source("Two soldiers died, the army's press office, Joint Information Centre (JIC), said.")).toBe("the army's press office, Joint Information Centre (JIC)");
  });

  it('leaves an aside between commas out of the source', () => {
    expect(source('The villagers, for their part, said the well was dry.')).toBe('The villagers');
  });

  it('keeps a participle inside the noun phrase', () => {
    expect(source('Moscow-installed officials in occupied Tavria said the plant had lost power.')).toBe('Moscow-installed officials in occupied Tavria');
    expect(source('The retired engineer said the dam was sound.')).toBe('The retired engineer');
  });

  it('keeps name particles and capitalised prepositions inside a name', () => {
    expect(source('UN envoy Staffan de Mistura said the talks would resume.')).toBe('UN envoy Staffan de Mistura');
    expect(source('Doctors Without Borders said its clinic had been hit.')).toBe('Doctors Without Borders');
  });

  it('steps over an adverb and a time adjunct', () => {
    expect(source('The governor on Friday nominated Lena Ortiz for a second term.')).toBe('The governor');
    expect(source('Ortiz quietly said that it was fine.')).toBe('Ortiz');
  });

  it('finds the source after an inverted cue with an appositive', () => {
    expect(source('Water is now a campaign issue, said Omar Haddad, director of the river trust.')).toBe('Omar Haddad');
  });

  it('takes the subject of a participle after a comma', () => {
    expect(source('The Islamic Resistance in Iraq claimed the attacks, saying they were in solidarity.')).toBe('The Islamic Resistance in Iraq');
  });

  it('reads "52% say" with a percentage source', () => {
    expect(source('In the survey, 52% say the city should build more housing.')).toBe('52%');
  });
});
