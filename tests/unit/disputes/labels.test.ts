import { phraseAt, statement } from '../../../server/disputes/labels';
import { clip, eventNoun, tokenize } from '../../../server/disputes/text';

describe('phraseAt', () => {
  it('uses a short quote around the word', () => {
    const text = 'described the strike as a "heinous crime and blatant aggression"';
    expect(phraseAt(text, text.indexOf('aggression'))).toBe('Heinous crime and blatant aggression');
  });

  it('reads on from a one-word quote: "defensive" air strike', () => {
    const text = 'US forces carried out a "defensive" air strike on combatants';
    expect(phraseAt(text, text.indexOf('defensive'))).toBe('Defensive air strike');
  });
});

describe('clip and eventNoun', () => {
  it('clips long phrases with an ellipsis', () => {
    expect(clip('one two three four five', 3)).toBe('one two three…');
  });

  it('names the event by its most frequent word, in the singular', () => {
    expect(eventNoun(['strikes', 'strike', 'attack'])).toBe('strike');
    expect(eventNoun(['bomb', 'bomb', 'blast'])).toBe('bombing');
    expect(eventNoun([])).toBe('attack');
  });
});

describe('statement', () => {
  it('drops a leading day name and "that" left over from the cue', () => {
    expect(statement('Thursday that an air strike hit the depot')).toBe('an air strike hit the depot');
  });
});

describe('tokenize', () => {
  it('keeps grouped digits and "U.S" whole but splits words joined by a stray comma or dot', () => {
    expect(tokenize('2,500 U.S troops; killed,four in Aleppo.The end').map((t) => t.text)).toEqual(['2,500', 'U.S', 'troops', 'killed', 'four', 'in', 'Aleppo', 'The', 'end']);
  });

  it('keeps offsets into the text', () => {
    const text = 'killed,four';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });
});
