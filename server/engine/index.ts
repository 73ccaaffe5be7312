// Public entry point of the source-attribution engine (stub; stages land in later commits).
import type { ExtractionResult } from './types';

export const ENGINE_VERSION = '0.0.1';

/** Options for one extraction. */
export interface ExtractOptions {
  /** Name of the publishing outlet, used for the publisher's own claims. */
  publisher?: string;
}

/** Extract who-said-what attributions from an article's text. */
export function extractAttributions(text: string, options: ExtractOptions = {}): ExtractionResult {
  void text;
  void options;
  return { version: ENGINE_VERSION, attributions: [], entities: [] };
}
