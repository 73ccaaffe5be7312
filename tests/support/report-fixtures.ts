// Disputes, positions, placements and verdicts for report tests, inserted directly (the
// board UI that creates them lives on another branch), on top of the seeded demo article.
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { insertCase } from '../../db/cases';
import { extractAttributions } from '../../server/engine';
import { PROJECT_ROOT } from '../../server/paths';
import { contentHash, seedArticle } from '../../server/services/articles';
import { makeUser } from './factories';

/** Payloads that must stay inert text in every format. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  link: '[x](javascript:alert(1))',
};

export interface ReportFixture {
  caseId: number;
  articleId: number;
  /** "What did the strike hit?": published, upholding the US account. */
  published: { id: number; positions: [number, number]; claims: [number[], number[]] };
  /** "Self-defence or aggression?": open, only draft verdicts. */
  open: { id: number; positions: [number, number] };
  reviewers: { id: number; name: string }[];
  editor: { id: number; name: string };
  /** A source whose claims stand in the published dispute. */
  sourceId: number;
}

type Claim = { id: number; quote_exact: string; source_id: number | null };

/** The first claim whose quoted words match `re`. */
function pick(claims: Claim[], re: RegExp): Claim {
  const c = claims.find((x) => re.test(x.quote_exact));
  if (!c) throw new Error(`no claim matches ${re}; quotes: ${claims.map((x) => x.quote_exact).join(' | ')}`);
  return c;
}

async function dispute(db: Knex, caseId: number, question: string, status: string, labels: [string, string]) {
  const [d] = await db('disputes').insert({ case_id: caseId, question, status }).returning('id');
  const ps = await db('positions').insert(labels.map((label, ordinal) => ({ dispute_id: d.id, label, ordinal }))).returning('id');
  return { id: d.id as number, positions: [ps[0].id, ps[1].id] as [number, number] };
}

async function place(db: Knex, disputeId: number, positionId: number, claimIds: number[]) {
  if (claimIds.length) await db('claim_placements').insert(claimIds.map((claim_id, ordinal) => ({ dispute_id: disputeId, position_id: positionId, claim_id, ordinal })));
}

/** Inserts a verdict (and its evidence) at `at`. */
export async function addVerdict(
  db: Knex,
  v: { dispute_id: number; reviewer_id: number; kind?: 'review' | 'published'; outcome: string; position_id?: number | null; likelihood: string; confidence: string; rationale: string; at: string; evidence?: number[] },
): Promise<number> {
  const [row] = await db('verdicts')
    .insert({ dispute_id: v.dispute_id, reviewer_id: v.reviewer_id, kind: v.kind ?? 'review', outcome: v.outcome, position_id: v.position_id ?? null, likelihood: v.likelihood, confidence: v.confidence, rationale: v.rationale, created_at: v.at })
    .returning('id');
  if (v.evidence?.length) await db('verdict_evidence').insert(v.evidence.map((claim_id) => ({ verdict_id: row.id, claim_id })));
  return row.id as number;
}

/** The demo case with two disputes, two reviewers' verdicts and an editor's published verdict. */
export async function makeReportFixture(db: Knex): Promise<ReportFixture> {
  const kase = await insertCase(db, { title: 'Babylon strike', description: 'What did the US strike in Babylon province hit?' });
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'db', 'demo', 'babylon-strike.txt'), 'utf8');
  const seeded = await seedArticle(db, { caseId: kase.id, title: 'US air strike in Babylon province, Iraq', publisher: 'AFP', url: 'https://example.org/afp/babylon-strike', publishedOn: '2024-07-31', text, userId: null }, extractAttributions);
  const claims: Claim[] = await db('claims').select('id', 'quote_exact', 'source_id').where('article_id', seeded.article.id).orderBy('span_start');
  await db('source_entities').whereIn('id', claims.map((c) => c.source_id).filter((x): x is number => x !== null)).update({ reliability: 'C' });
  const us = [pick(claims, /combatants attempting/), pick(claims, /posed a threat/)];
  const kh = [pick(claims, /drone experts/)];
  await db('claims').whereIn('id', [...us, ...kh].map((c) => c.id)).update({ credibility: 3, confidence: 'moderate', review_status: 'accepted' });
  await db('source_entities').where('id', us[0]!.source_id).update({ reliability: 'B' });

  const hit = await dispute(db, kase.id, 'What did the strike hit?', 'published', ['Combatants about to launch attack drones', 'Drone experts testing surveillance drones']);
  await place(db, hit.id, hit.positions[0], us.map((c) => c.id));
  await place(db, hit.id, hit.positions[1], kh.map((c) => c.id));

  const aggression = pick(claims, /heinous crime/);
  const defensive = pick(claims, /inherent right to self-defence/);
  const open = await dispute(db, kase.id, 'Was the strike self-defence or aggression?', 'open', ['Self-defence', 'Aggression']);
  await place(db, open.id, open.positions[0], [defensive.id]);
  await place(db, open.id, open.positions[1], [aggression.id]);

  const ana = await makeUser(db, { display_name: 'Ana Reviewer', role: 'reviewer' });
  const ben = await makeUser(db, { display_name: 'Ben Reviewer', role: 'reviewer' });
  const eva = await makeUser(db, { display_name: 'Eva Editor', role: 'editor' });
  await addVerdict(db, { dispute_id: hit.id, reviewer_id: ana.id, outcome: 'position', position_id: hit.positions[0], likelihood: 'likely', confidence: 'moderate', rationale: 'Draft: CENTCOM account is specific.', at: '2024-08-01T09:00:00Z', evidence: [us[0]!.id] });
  await addVerdict(db, { dispute_id: hit.id, reviewer_id: ben.id, outcome: 'conflicting', likelihood: 'roughly_even', confidence: 'low', rationale: 'Draft: both accounts unverified.', at: '2024-08-01T10:00:00Z' });
  await addVerdict(db, { dispute_id: hit.id, reviewer_id: ben.id, outcome: 'position', position_id: hit.positions[0], likelihood: 'likely', confidence: 'moderate', rationale: 'Draft: changed my mind after the CENTCOM statement.', at: '2024-08-01T11:00:00Z' });
  await addVerdict(db, { dispute_id: open.id, reviewer_id: ana.id, outcome: 'position', position_id: open.positions[0], likelihood: 'unlikely', confidence: 'low', rationale: 'Draft only.', at: '2024-08-01T12:00:00Z' });
  await addVerdict(db, { dispute_id: open.id, reviewer_id: ben.id, outcome: 'insufficient_evidence', likelihood: 'roughly_even', confidence: 'low', rationale: 'Draft only.', at: '2024-08-01T12:30:00Z' });
  await addVerdict(db, {
    dispute_id: hit.id, reviewer_id: eva.id, kind: 'published', outcome: 'position', position_id: hit.positions[0], likelihood: 'likely', confidence: 'moderate',
    rationale: 'The US account names the weapon and the threat; the group gave no evidence of tests.', at: '2024-08-02T08:00:00Z', evidence: us.map((c) => c.id),
  });
  return {
    caseId: kase.id, articleId: seeded.article.id,
    published: { ...hit, claims: [us.map((c) => c.id), kh.map((c) => c.id)] }, open,
    reviewers: [{ id: ana.id, name: 'Ana Reviewer' }, { id: ben.id, name: 'Ben Reviewer' }], editor: { id: eva.id, name: 'Eva Editor' },
    sourceId: us[0]!.source_id!,
  };
}

/** A case whose source, claim and verdict carry script, HTML and Markdown-link payloads. */
export async function makeHostileFixture(db: Knex): Promise<{ caseId: number; disputeId: number; sourceId: number }> {
  const kase = await insertCase(db, { title: `Hostile ${HOSTILE.script}`, description: HOSTILE.link });
  const body = `${HOSTILE.script} said "${HOSTILE.img} ${HOSTILE.link}" on Monday. =HYPERLINK("http://evil") +1 -2 @SUM(A1)`;
  const [article] = await db('articles').insert({ case_id: kase.id, title: `Article ${HOSTILE.img}`, publisher: HOSTILE.link, body, content_hash: contentHash(body) }).returning('id');
  const [source] = await db('source_entities').insert({ name: HOSTILE.script, normalized_name: 'script alert 1 script', kind: 'person', named: true, reliability: 'D' }).returning('id');
  const quote = `${HOSTILE.img} ${HOSTILE.link}`;
  const start = body.indexOf(quote);
  const formula = '=HYPERLINK("http://evil")';
  const fStart = body.indexOf(formula);
  const claims = await db('claims').insert([
    { article_id: article.id, source_id: source.id, span_start: start, span_end: start + quote.length, quote_exact: quote, content: quote, cue: 'said', mode: 'direct', origin: 'manual' },
    { article_id: article.id, source_id: source.id, span_start: fStart, span_end: fStart + formula.length, quote_exact: formula, content: formula, cue: '-cue', mode: 'indirect', origin: 'manual' },
  ]).returning('id');
  const d = await dispute(db, kase.id, `Question ${HOSTILE.script}`, 'published', [`Yes ${HOSTILE.img}`, `No ${HOSTILE.link}`]);
  await place(db, d.id, d.positions[0], [claims[0].id]);
  await place(db, d.id, d.positions[1], [claims[1].id]);
  const editor = await makeUser(db, { display_name: `Editor ${HOSTILE.script}`, role: 'editor' });
  await addVerdict(db, { dispute_id: d.id, reviewer_id: editor.id, kind: 'published', outcome: 'conflicting', likelihood: 'roughly_even', confidence: 'low', rationale: `Because ${HOSTILE.script} ${HOSTILE.img} ${HOSTILE.link}`, at: '2024-08-03T08:00:00Z' });
  return { caseId: kase.id, disputeId: d.id, sourceId: source.id };
}
