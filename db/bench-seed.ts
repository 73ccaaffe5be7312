// Synthetic data for `npm run bench:export`: one case with many claims, generated on the
// server with generate_series so the benchmark measures the export, not the seeding.
import type { Knex } from 'knex';

/** Seeds a case with `articles` × `perArticle` claims, 200 sources, 10 disputes with placements and verdicts; returns the case id. */
export async function seedBenchCase(db: Knex, articles: number, perArticle: number): Promise<number> {
  const [{ id: caseId }] = await db('cases').insert({ title: 'Export benchmark', description: 'Synthetic claims' }).returning('id');
  const [{ id: userId }] = await db('users').insert({ email: 'bench@example.org', display_name: 'Bench Reviewer', role: 'editor', password_hash: '!' }).returning('id');
  const body = 'Officials said the strike hit a weapons depot near the river, and "=the group" denied it. '.repeat(30);
  await db.raw(
    `insert into articles (case_id, title, publisher, body, content_hash)
     select ?, 'Article ' || g, 'Wire', ? || g, lpad(to_hex(g), 64, '0') from generate_series(1, ?) g`,
    [caseId, body, articles],
  );
  await db.raw(
    `insert into source_entities (name, normalized_name, kind, named, reliability)
     select 'Source ' || g, 'bench source ' || g, 'organization', true, substr('ABCDEF', 1 + g % 6, 1) from generate_series(1, 200) g`,
  );
  await db.raw(
    `insert into claims (article_id, source_id, span_start, span_end, quote_exact, content, cue, mode, origin, credibility, confidence)
     select a.id, (select min(id) from source_entities) + (a.id * 7 + g) % 200, g, g + 40,
       substr(a.body, g + 1, 40), substr(a.body, g + 1, 40), 'said', 'indirect', 'extracted', 1 + g % 6, (array['low','moderate','high'])[1 + g % 3]
     from articles a, generate_series(0, ? - 1) g where a.case_id = ?`,
    [perArticle, caseId],
  );
  await db.raw(
    `insert into disputes (case_id, question, status) select ?, 'Benchmark question ' || g, case when g % 2 = 0 then 'published' else 'open' end from generate_series(1, 10) g`,
    [caseId],
  );
  await db.raw(`insert into positions (dispute_id, label, ordinal) select d.id, 'Position ' || p, p from disputes d, generate_series(0, 1) p where d.case_id = ?`, [caseId]);
  // Every fifth claim is placed in one of the disputes.
  await db.raw(
    `insert into claim_placements (dispute_id, position_id, claim_id)
     select d.id, (select p.id from positions p where p.dispute_id = d.id and p.ordinal = c.id % 2), c.id
     from claims c join articles a on a.id = c.article_id
     join lateral (select id from disputes where case_id = ? order by id offset (c.id % 10) limit 1) d on true
     where a.case_id = ? and c.id % 5 = 0`,
    [caseId, caseId],
  );
  await db.raw(
    `insert into verdicts (dispute_id, reviewer_id, kind, outcome, position_id, likelihood, confidence, rationale)
     select d.id, ?, 'published', 'position', (select min(p.id) from positions p where p.dispute_id = d.id), 'likely', 'moderate', 'Benchmark'
     from disputes d where d.case_id = ? and d.status = 'published'`,
    [userId, caseId],
  );
  await db.raw('analyze');
  return caseId as number;
}
