// The shape of a JSON export (schemaVersion 1), as the importer checks it before writing
// anything. Written by server/reports/json.ts.
import { z } from 'zod';

const id = z.number().int().positive();
const ref = id.nullable();
const when = z.string().nullable();
const position = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().positive() });
const quote = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() });

/** Schema of a version-1 JSON export. */
export const exportDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  generator: z.string(),
  exportedAt: z.string(),
  scope: z.object({ type: z.enum(['case', 'dispute', 'source']), id }),
  cases: z.array(z.object({ id, title: z.string(), description: z.string(), status: z.enum(['open', 'archived']), createdAt: when })),
  sources: z.array(z.object({
    id, name: z.string(), kind: z.string(), named: z.boolean(), caseId: ref, affiliation: z.string(), description: z.string(),
    reliability: z.string().nullable(), aliases: z.array(z.string()), createdAt: when,
  })),
  articles: z.array(z.object({
    id, caseId: id, title: z.string(), publisher: z.string(), url: z.string().nullable(), publishedOn: z.string().nullable(),
    contentHash: z.string(), extractorVersion: z.string().nullable(), createdAt: when, text: z.string().min(1),
  })),
  mentions: z.array(z.object({ id, articleId: id, sourceId: ref, text: z.string(), selector: z.tuple([position]), createdAt: when })),
  claims: z.array(z.object({
    id, articleId: id, sourceId: ref, mentionId: ref, content: z.string(), selector: z.tuple([quote, position]),
    contentSpans: z.array(z.object({ start: z.number(), end: z.number() })), cue: z.string(), cueSelector: position.nullable(),
    mode: z.string(), hedges: z.array(z.unknown()), origin: z.string(), reviewStatus: z.string(), credibility: z.number().int().nullable(),
    confidence: z.string().nullable(), extractionConfidence: z.number().nullable(), isPublisher: z.boolean(), createdAt: when,
  })),
  disputes: z.array(z.object({
    id, caseId: id, question: z.string(), status: z.string(), origin: z.string(), suggestionKey: z.string().nullable(),
    // Absent from files exported before signals were kept.
    suggestionSignals: z.array(z.string().max(300)).max(10).default([]),
    blindReview: z.boolean(), createdAt: when,
  })),
  positions: z.array(z.object({ id, disputeId: id, label: z.string(), ordinal: z.number().int(), createdAt: when })),
  placements: z.array(z.object({ id, disputeId: id, positionId: id, claimId: id, ordinal: z.number().int() })),
  verdicts: z.array(z.object({
    id, disputeId: id, reviewer: z.object({ name: z.string().min(1), email: z.string().min(3) }), kind: z.enum(['review', 'published']),
    outcome: z.string(), positionId: ref, likelihood: z.string(), confidence: z.string(), rationale: z.string(),
    correctionNote: z.string().nullable(), basedOnId: ref, createdAt: z.string(), evidence: z.array(id),
  })),
  agreement: z.unknown(),
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;
