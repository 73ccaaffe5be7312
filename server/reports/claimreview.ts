// schema.org ClaimReview JSON-LD: one ClaimReview per reviewed claim, i.e. a claim placed
// in a dispute that has a published verdict. Drafts never produce a ClaimReview.
import type { Report, ReportClaim, ReportDispute } from './model';
import { claimUrl, disputeUrl, isoDay, likelihoodText, outcomeText } from './model';
import { truncateAtWord } from './text';

/**
 * How a published verdict rates each claim in its dispute (1 worst .. 5 best):
 *   the claim's position is the one the verdict upholds   → 5 "Supported"
 *   the verdict upholds a different position               → 1 "Contradicted"
 *   the verdict finds the evidence conflicting             → 3 "Conflicting"
 *   the verdict finds the evidence insufficient            → 2 "Unverified"
 * Documented in README ("ClaimReview rating").
 */
export function claimRating(verdict: { outcome: string; position_id: number | null }, claimPositionId: number): { ratingValue: number; alternateName: string } {
  if (verdict.outcome === 'position') {
    return verdict.position_id === claimPositionId ? { ratingValue: 5, alternateName: 'Supported' } : { ratingValue: 1, alternateName: 'Contradicted' };
  }
  return verdict.outcome === 'conflicting' ? { ratingValue: 3, alternateName: 'Conflicting' } : { ratingValue: 2, alternateName: 'Unverified' };
}

// Source kinds that are people; every other kind (government, military, armed group,
// media, anonymous, collective) is an Organization in schema.org terms.
const PERSON_KINDS = new Set(['person']);

/** The schema.org author of a claim: its source, as a Person or an Organization. */
function claimAuthor(c: ReportClaim): Record<string, unknown> {
  const type = PERSON_KINDS.has(c.source_kind ?? '') ? 'Person' : 'Organization';
  return { '@type': type, name: c.source_name ?? 'Unattributed' };
}

/** One ClaimReview object for a claim of a published dispute. */
function claimReview(report: Report, d: ReportDispute, c: ReportClaim): Record<string, unknown> {
  const v = d.published!;
  const rating = claimRating(v, c.position_id);
  const appearance: Record<string, unknown> = { '@type': 'CreativeWork', headline: c.article_title, url: c.article_url ?? claimUrl(report, c) };
  if (c.article_publisher) appearance.publisher = { '@type': 'Organization', name: c.article_publisher };
  if (c.article_published_on) appearance.datePublished = c.article_published_on;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${disputeUrl(report, d.id)}#claim-${c.claim_id}`,
    claimReviewed: truncateAtWord(c.content || c.quote_exact, 74),
    datePublished: isoDay(v.created_at),
    author: { '@type': 'Organization', name: report.publisher.name, url: report.publisher.url },
    reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
    itemReviewed: { '@type': 'Claim', author: claimAuthor(c), appearance, ...(c.article_published_on ? { datePublished: c.article_published_on } : {}) },
    reviewBody: `${d.question} ${outcomeText(v)}. Likelihood: ${likelihoodText(v.likelihood)}; confidence: ${v.confidence}.`,
  };
}

/** Every ClaimReview of the report, in dispute and column order. */
export function claimReviews(report: Report): Record<string, unknown>[] {
  return report.disputes.filter((d) => d.published).flatMap((d) => d.positions.flatMap((p) => p.claims.map((c) => claimReview(report, d, c))));
}

/** The ClaimReview JSON-LD document (an array of ClaimReview objects). */
export function formatClaimReview(report: Report): string {
  return `${JSON.stringify(claimReviews(report), null, 2)}\n`;
}
