import type { SourceRow } from '../../db/sources';
import { mergeRefusal } from '../../server/services/source-merge';

const source = (over: Partial<SourceRow>): SourceRow => ({
  id: 1, name: 'S', normalized_name: 's', kind: 'person', named: true, case_id: null, affiliation: '', description: '',
  reliability: null, merged_into_id: null, version: 1, created_at: new Date(), updated_at: new Date(), ...over,
});

describe('mergeRefusal', () => {
  it('allows merging two registry sources', () => {
    expect(mergeRefusal(source({ id: 1 }), source({ id: 2 }))).toBeUndefined();
  });

  it('allows an unnamed source to be identified as a registry source, or merged with one of its own case', () => {
    const unnamed = source({ id: 1, named: false, case_id: 7, kind: 'anonymous' });
    expect(mergeRefusal(unnamed, source({ id: 2 }))).toBeUndefined();
    expect(mergeRefusal(unnamed, source({ id: 3, named: false, case_id: 7, kind: 'anonymous' }))).toBeUndefined();
  });

  it('refuses self-merges, merged-away targets, and crossing case scopes', () => {
    expect(mergeRefusal(source({ id: 1 }), source({ id: 1 }))).toMatch(/itself/);
    expect(mergeRefusal(source({ id: 1 }), source({ id: 2, merged_into_id: 3 }))).toMatch(/merge into that one/);
    expect(mergeRefusal(source({ id: 1, case_id: 7, named: false }), source({ id: 2, case_id: 8, named: false }))).toMatch(/different cases/);
    expect(mergeRefusal(source({ id: 1 }), source({ id: 2, case_id: 8, named: false }))).toMatch(/registry source cannot be merged into it/);
  });
});
