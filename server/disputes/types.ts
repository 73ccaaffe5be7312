// Public shapes of the dispute suggestion engine: claims of a case in, suggested disputes out.
// Kept free of the extraction engine's internals so either side can change independently.
import type { EntityKind } from '../engine/types';

export type { EntityKind };

/** The resolved source of a claim, as the reviewer sees it on the board. */
export interface ClaimSource {
  /** Stable across the case (same entity in two articles → same key). */
  key: string;
  name: string;
  kind: EntityKind;
  named: boolean;
}

/** One claim of a case: who said what, in which article. */
export interface ClaimInput {
  id: string;
  articleId: string;
  /** The content words of the claim (what was said). */
  text: string;
  /** The whole sentence, for context (numbers and events are sometimes outside the content). */
  sentence?: string;
  /** Null when the article states it without a source (the publisher's own words). */
  source: ClaimSource | null;
  cue?: string;
  hedges?: string[];
  /** True for the publisher's own checkable statements. */
  publisher?: boolean;
}

export type SuggestionKind = 'conflict' | 'corroboration';

/** One column of a suggested dispute. */
export interface Position {
  label: string;
  claimIds: string[];
}

/** A suggested dispute: a question, its positions and why it was proposed. */
export interface Suggestion {
  /** Stable fingerprint (kind, signal and sorted claim ids) so a dismissed suggestion stays dismissed. */
  key: string;
  kind: SuggestionKind;
  question: string;
  positions: Position[];
  /** 0..1, higher is more likely to be a dispute worth a reviewer's time. */
  score: number;
  /** Human-readable reasons, e.g. "different numbers for the same quantity: 4 vs 12 killed". */
  signals: string[];
}

/** Tuning knobs; the defaults are what the tests measure. */
export interface SuggestOptions {
  /** Suggestions scoring below this are dropped (default 0.3). */
  minScore?: number;
  /** At most this many suggestions are returned (default 20). */
  maxSuggestions?: number;
  /** Keys of suggestions the reviewer dismissed; never proposed again. */
  dismissedKeys?: readonly string[];
}
