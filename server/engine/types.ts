// The attribution engine's public data shapes. The engine is a pure library: text in,
// attributions out. Offsets are JavaScript string indices (UTF-16 code units) into the
// original text, end-exclusive; a role may be discontinuous, hence lists of spans.

/** A half-open [start, end) range of UTF-16 indices into the article text. */
export type Span = [number, number];

export type AttributionMode = 'direct' | 'indirect' | 'mixed' | 'according_to';

export type EntityKind =
  | 'person'
  | 'organization'
  | 'government'
  | 'military'
  | 'armed_group'
  | 'media'
  | 'anonymous'
  | 'collective';

/** One surface mention of a source entity in the text. */
export interface Mention {
  span: Span;
  text: string;
}

/** A source entity as resolved within one article (coreference chain). */
export interface SourceEntity {
  /** Stable within one extraction result: 'e0', 'e1', … */
  id: string;
  /** Canonical name, e.g. "Yehia Rasool" or "US defence official". */
  name: string;
  kind: EntityKind;
  /** False for anonymous or descriptive sources ("a security source", "officials"). */
  named: boolean;
  /** Every mention in the text that refers to this entity, in text order. */
  mentions: Mention[];
  /** Titles, roles and appositives seen for it ("military spokesman for the Iraqi prime minister"). */
  descriptors: string[];
}

export interface Hedge {
  span: Span;
  /** The hedge word or phrase as it appears, e.g. "apparent", "on condition of anonymity". */
  text: string;
}

export interface Attribution {
  source: Span[];
  cue: Span[];
  content: Span[];
  mode: AttributionMode;
  /** Id of the resolved SourceEntity, or null when the source is not stated. */
  entityId: string | null;
  hedges: Hedge[];
  /** Extraction confidence in [0, 1]. */
  confidence: number;
  /** True for the publisher's own checkable statements (numbers, casualties, dates). */
  publisher?: boolean;
}

export interface ExtractionResult {
  /** Engine version, stored with every seeded article. */
  version: string;
  attributions: Attribution[];
  entities: SourceEntity[];
}
