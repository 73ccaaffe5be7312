// The CSV export: one row per claim (once per dispute it stands in), streamed through
// csv-stringify, with every cell a spreadsheet could run as a formula neutralised.
import { stringify, type Stringifier } from 'csv-stringify';
import type { CsvClaimRow } from '../../db/reports-batches';
import { claimRating } from './claimreview';
import { likelihoodText, outcomeText } from './model';
import { neutraliseCell } from './text';

/** Column headers, in order. */
export const CSV_COLUMNS = [
  'case', 'article', 'source', 'source_kind', 'reliability', 'quoted_words', 'cue', 'mode', 'credibility', 'confidence',
  'dispute', 'position', 'verdict', 'verdict_likelihood', 'claim_rating',
] as const;

/** A CSV stringifier with the header row, neutralising formula-like cells. */
export function csvStringifier(): Stringifier {
  return stringify({
    header: true,
    columns: [...CSV_COLUMNS],
    cast: { string: (value) => neutraliseCell(value), number: (value) => String(value) },
  });
}

/** One CSV record for a claim row. */
export function csvRecord(r: CsvClaimRow): Record<(typeof CSV_COLUMNS)[number], string> {
  const published = r.verdict_outcome !== null;
  const verdict = !r.dispute_question ? '' : published ? outcomeText({ outcome: r.verdict_outcome!, position_label: r.verdict_position_label }) : 'Not yet published';
  return {
    case: r.case_title,
    article: r.article_title,
    source: r.source_name ?? '',
    source_kind: r.source_kind ?? '',
    reliability: r.source_reliability ?? '',
    quoted_words: r.quote_exact,
    cue: r.cue,
    mode: r.mode,
    credibility: r.credibility === null ? '' : String(r.credibility),
    confidence: r.confidence ?? '',
    dispute: r.dispute_question ?? '',
    position: r.position_label ?? '',
    verdict,
    verdict_likelihood: published && r.verdict_likelihood ? likelihoodText(r.verdict_likelihood) : '',
    claim_rating: published && r.position_id !== null ? claimRating({ outcome: r.verdict_outcome!, position_id: r.verdict_position_id }, r.position_id).alternateName : '',
  };
}
