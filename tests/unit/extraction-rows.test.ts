import { checkExtraction, claimRow, mentionRows } from '../../server/services/extraction-rows';
import { attribution, entity, spanOf } from '../support/extraction';
import type { ExtractionResult } from '../../server/engine/types';

const text = 'Officials said 🔥 four people died, the ministry added.';
const ok = (): ExtractionResult => ({
  version: 't',
  entities: [entity(text, 'e0', 'the ministry', 'government', [['the ministry']])],
  attributions: [attribution(text, { source: [spanOf(text, 'the ministry')], cue: [spanOf(text, 'added')], content: [spanOf(text, 'four people died')], entityId: 'e0' })],
});

describe('checkExtraction', () => {
  it('accepts spans that fit the text', () => {
    expect(() => checkExtraction(text, ok())).not.toThrow();
  });

  it.each([
    ['a span past the end', (r: ExtractionResult) => (r.attributions[0]!.content = [[5, text.length + 1]]), /does not fit/],
    ['an empty span', (r: ExtractionResult) => (r.attributions[0]!.cue = [[5, 5]]), /does not fit/],
    ['an unknown entity', (r: ExtractionResult) => (r.attributions[0]!.entityId = 'e9'), /unknown entity e9/],
    ['a confidence above 1', (r: ExtractionResult) => (r.attributions[0]!.confidence = 1.5), /confidence/],
    ['no content', (r: ExtractionResult) => (r.attributions[0]!.content = []), /no content/],
    ['a blank entity name', (r: ExtractionResult) => (r.entities[0]!.name = '  '), /blank or overlong/],
  ])('refuses %s', (_label, spoil, message) => {
    const r = ok();
    spoil(r);
    expect(() => checkExtraction(text, r)).toThrow(message);
  });
});

describe('rows', () => {
  it('links a claim to the mention at its source span and takes words from the text', () => {
    const r = ok();
    const sourceIds = new Map([['e0', 42]]);
    const mentions = mentionRows(text, r, 7, sourceIds);
    expect(mentions).toEqual([{ article_id: 7, source_id: 42, span_start: text.indexOf('the ministry'), span_end: text.indexOf('the ministry') + 12, text: 'the ministry' }]);
    const row = claimRow(text, r.attributions[0]!, { articleId: 7, userId: null, sourceIds, mentionIds: new Map([[`${mentions[0]!.span_start}:${mentions[0]!.span_end}`, 5]]) });
    expect(row).toMatchObject({ source_id: 42, mention_id: 5, quote_exact: 'four people died', quote_prefix: 'Officials said 🔥 ', cue: 'added', content_spans: [{ start: 18, end: 34 }] });
  });
});
