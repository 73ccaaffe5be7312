// The grading scales reviewers use, with the words shown next to each value.
// Source reliability and information credibility follow the Admiralty (NATO) system and
// are graded independently; likelihood follows ICD 203, and confidence is a separate
// judgement that is never folded into the likelihood.

export const RELIABILITY = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;
export type Reliability = keyof typeof RELIABILITY;
export const RELIABILITY_LEVELS = Object.keys(RELIABILITY) as Reliability[];

export const CREDIBILITY = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
} as const;
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
export const CREDIBILITY_LEVELS: Credibility[] = [1, 2, 3, 4, 5, 6];

export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** ICD 203 expressions of likelihood and their probability bands (percent). */
export const LIKELIHOOD = {
  almost_no_chance: { label: 'Almost no chance', band: [1, 5] },
  very_unlikely: { label: 'Very unlikely', band: [5, 20] },
  unlikely: { label: 'Unlikely', band: [20, 45] },
  roughly_even: { label: 'Roughly even chance', band: [45, 55] },
  likely: { label: 'Likely', band: [55, 80] },
  very_likely: { label: 'Very likely', band: [80, 95] },
  almost_certain: { label: 'Almost certain', band: [95, 99] },
} as const;
export type Likelihood = keyof typeof LIKELIHOOD;
export const LIKELIHOOD_LEVELS = Object.keys(LIKELIHOOD) as Likelihood[];

export const SOURCE_KINDS = ['person', 'organization', 'government', 'military', 'armed_group', 'media', 'anonymous', 'collective'] as const;
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  person: 'Person',
  organization: 'Organisation',
  government: 'Government',
  military: 'Military',
  armed_group: 'Armed group',
  media: 'Media',
  anonymous: 'Anonymous',
  collective: 'Collective',
};

export const CLAIM_MODES = ['direct', 'indirect', 'mixed', 'according_to'] as const;
export const CLAIM_MODE_LABELS: Record<(typeof CLAIM_MODES)[number], string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  mixed: 'Partly quoted',
  according_to: '“According to”',
};
