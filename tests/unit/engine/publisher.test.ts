import { extractAttributions } from '../../../server/engine/index';

describe('publisher claims', () => {
  it('reads combat with a weapon or a place as the publisher\'s statement, not a report', () => {
    const t = 'The army fired dozens of rockets at the town overnight.\n\nRescuers pulled 12 bodies from the rubble on Tuesday.';
    const r = extractAttributions(t);
    expect(r.attributions.map((a) => [a.publisher ?? false, t.slice(a.content[0]![0], a.content[0]![1])])).toEqual([
      [true, 'The army fired dozens of rockets at the town overnight'],
      [true, 'Rescuers pulled 12 bodies from the rubble on Tuesday'],
    ]);
  });

  it('attributes unattributed casualty figures to the publisher, flagged', () => {
    const r = extractAttributions('The minister said talks would resume. At least 12 people were killed in the blast on Monday.', { publisher: 'AFP' });
    const pub = r.attributions.filter((a) => a.publisher);
    expect(pub).toHaveLength(1);
    const e = r.entities.find((x) => x.id === pub[0]?.entityId);
    expect(e).toMatchObject({ name: 'AFP', kind: 'media' });
  });

  it('leaves out the page furniture a pasted article brings along', () => {
    const t = 'Published 12:40 GMT, 14 March 2024\n\nUpdated: 15 March 2024, 09:10\n\n(Reporting by Lena Varga; Editing by Tom Hale in 2024)\n\nAt least 12 people were killed in the blast on Monday.';
    const r = extractAttributions(t);
    expect(r.attributions.filter((a) => a.publisher).map((a) => t.slice(a.content[0]![0], a.content[0]![1]))).toEqual(['At least 12 people were killed in the blast on Monday']);
  });

  it('names the publisher "Publisher" when none is given', () => {
    const r = extractAttributions('The US military has around 2,500 troops in Iraq.');
    expect(r.entities.find((x) => x.kind === 'media')?.name).toBe('Publisher');
  });

  it('does not turn attributed sentences or plain prose into publisher claims', () => {
    const r = extractAttributions('Officials said 12 people were killed. The weather was mild.');
    expect(r.attributions.filter((a) => a.publisher)).toEqual([]);
  });
});
