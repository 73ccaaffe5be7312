import { extractAttributions } from '../../../server/engine/index';

/** Content text of the only attribution in a sentence. */
function content(t: string): string {
  const [a] = extractAttributions(t).attributions.filter((x) => !x.publisher);
  return (a?.content ?? []).map(([s, e]) => t.slice(s, e)).join(' | ');
}

describe('forward content end', () => {
  it('keeps a second that-clause of the same report', () => {
    expect(content('The mayor said residents care about more than the bridge, and that many will back the plan on schools.'))
      .toBe('residents care about more than the bridge, and that many will back the plan on schools');
  });

  it('stops after the object a stance verb is about, before time and place', () => {
    expect(content('The senator denounced the new tariff plan on Sunday at a rally in Ohio.')).toBe('the new tariff plan');
  });

  it('keeps a reported clause whole, adjuncts included', () => {
    expect(content('The governor said the budget would pass on Friday.')).toBe('the budget would pass on Friday');
  });

  it('keeps a paired dash aside inside the reported clause', () => {
    expect(content('The mayor said the plan -- a bold one -- failed badly.')).toBe('the plan -- a bold one -- failed badly');
  });

  it('gives each coordinated predicate its own object', () => {
    const t = 'The mayor praised the firefighters and thanked the volunteers.';
    const r = extractAttributions(t).attributions.filter((x) => !x.publisher);
    expect(r.map((a) => a.content.map(([s, e]) => t.slice(s, e)).join(' | '))).toEqual(['the firefighters', 'the volunteers']);
  });

  it('ends before a later report of who was speaking', () => {
    const t = 'She called the plan "a disaster," Maria said as she walked out of the hall.';
    const [a] = extractAttributions(t).attributions.filter((x) => !x.publisher);
    expect((a?.content ?? []).map(([s, e]) => t.slice(s, e))).toEqual(['the plan "a disaster,"']);
  });
});
