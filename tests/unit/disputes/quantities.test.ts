import { extractQuantities, quantityLabel } from '../../../server/disputes/quantities';

const first = (text: string) => extractQuantities(text)[0];

describe('extractQuantities', () => {
  it('reads a number word before its verb: "four people were killed"', () => {
    expect(first('four people were killed and others were critically wounded')).toMatchObject({ value: 4, head: 'killed', subject: 'people' });
  });

  it('keeps the modifier: "at least 12 dead"', () => {
    expect(first('at least 12 dead')).toMatchObject({ value: 12, head: 'killed', modifier: 'at least' });
  });

  it('reads the count after the verb with its group: "killed three US soldiers"', () => {
    expect(first('a drone strike killed three US soldiers at a base')).toMatchObject({ value: 3, head: 'killed', subject: 'soldiers' });
  });

  it('reads a death toll far from its number', () => {
    expect(first('The death toll from a bomb attack on a crowded bus convoy outside the city has reached at least 126')).toMatchObject({ value: 126, head: 'killed' });
  });

  it('reads grouped digits and wounded counts', () => {
    expect(first('2,500 were injured')).toMatchObject({ value: 2500, head: 'wounded' });
  });

  it('marks "dozens" as vague', () => {
    expect(first('killing dozens of people')).toMatchObject({ vague: true, head: 'killed' });
  });

  it('marks an earlier toll as superseded', () => {
    expect(first('The previous death toll was 20')).toMatchObject({ value: 20, superseded: true });
  });

  it('marks a war-long total as background', () => {
    expect(first('More than 400000 people have been killed since the conflict erupted in 2011')).toMatchObject({ background: true });
  });

  it('ignores numbers that count things, times and years', () => {
    expect(extractQuantities('buses from two besieged towns arrived at 0914 in 2017 and 75 buses left')).toEqual([]);
  });

  it('ignores a part of another count: "fifteen of the wounded"', () => {
    expect(extractQuantities('Fifteen of the wounded were in critical condition')).toEqual([]);
  });

  it('ignores counts with no casualty head', () => {
    expect(extractQuantities('The US military has around 2,500 troops in Iraq')).toEqual([]);
  });

  it('labels a count briefly', () => {
    expect(quantityLabel({ value: 4, head: 'killed', subject: 'people', modifier: 'at least' })).toBe('at least 4 killed');
    expect(quantityLabel({ value: 68, head: 'killed', subject: 'children' })).toBe('68 children killed');
  });
});

describe('extractQuantities: war totals', () => {
  it('marks a large total tied to the war as background even without "since"', () => {
    expect(first('the five-year conflict which has killed more than 280000 people')).toMatchObject({ background: true });
  });
});

describe('extractQuantities: other events and other heads', () => {
  it('marks a count dated to an earlier month as background', () => {
    expect(first('In May more than 60 civilians were killed by barrel bomb attacks on the town')).toMatchObject({ background: true });
  });

  it('does not give a second count the head of the first across "and"', () => {
    expect(extractQuantities('Three civilians were killed and more than twenty others suffered from suffocation').map((q) => q.value)).toEqual([3]);
  });
});

describe('extractQuantities: running totals', () => {
  it('marks a total "in recent days" as background', () => {
    expect(first('air attacks in recent days killing at least 57 civilians')).toMatchObject({ background: true });
  });
});
