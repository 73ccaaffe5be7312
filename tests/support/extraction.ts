// Hand-built engine output for seeding tests: spans are found by searching the text, so
// fixtures read as words rather than offsets.
import type { Attribution, EntityKind, ExtractionResult, SourceEntity, Span } from '../../server/engine/types';
import type { Extractor } from '../../server/services/articles';

/** The span of the `nth` occurrence (0-based) of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) is not in the text`);
  }
  return [at, at + needle.length];
}

/** An entity with mentions given as (needle, nth) pairs. */
export function entity(
  text: string,
  id: string,
  name: string,
  kind: EntityKind,
  mentions: Array<[string, number?]>,
  named = kind !== 'anonymous',
): SourceEntity {
  return {
    id, name, kind, named, descriptors: [],
    mentions: mentions.map(([needle, nth]) => ({ span: spanOf(text, needle, nth), text: needle })),
  };
}

/** An attribution; `source`, `cue` and `content` are needles (or spans), hedges are needles. */
export function attribution(
  text: string,
  parts: { source?: Span[]; cue?: Span[]; content: Span[]; entityId: string | null; mode?: Attribution['mode'] },
  over: Partial<Attribution> = {},
): Attribution {
  return {
    source: parts.source ?? [], cue: parts.cue ?? [], content: parts.content,
    mode: parts.mode ?? 'indirect', entityId: parts.entityId, hedges: [], confidence: 0.8, ...over,
  };
}

/** An extractor that ignores its input and returns `result` (the engine is tested elsewhere). */
export function fixedExtractor(result: Omit<ExtractionResult, 'version'>, version = 'test-1'): Extractor {
  return () => ({ version, ...result });
}
