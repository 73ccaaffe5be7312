import { verbClass, nounClass, wordClasses } from '../../../server/engine/word-classes';

// WordNet lexicographer files: 31 verb.cognition, 32 verb.communication, 10 noun.communication.
describe('WordNet word classes', () => {
  it('finds the verb class of inflected forms', () => {
    expect(verbClass('rebuked').split(',')[0]).toBe('32');
    expect(verbClass('contends').split(',')[0]).toBe('32');
    expect(verbClass('wondered').split(',')[0]).toBe('31');
  });

  it('reads British -ise spellings as -ize', () => {
    expect(verbClass('criticised')).toBe(verbClass('criticized'));
  });

  it('finds communication nouns in the plural', () => {
    expect(nounClass('allegations').split(',')[0]).toBe('10');
  });

  it('marks cue-like words and leaves others out', () => {
    expect(wordClasses('rebuked').cueLike).toBe(true);
    expect(wordClasses('tractor').cueLike).toBe(false);
    expect(wordClasses('xqzv')).toMatchObject({ verb0: '', noun0: '', cueLike: false });
  });
});
