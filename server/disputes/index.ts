// Public surface of the dispute suggestion engine.
export { suggestDisputes } from './suggest';
export type { ClaimInput, ClaimSource, Position, SuggestOptions, Suggestion, SuggestionKind } from './types';
