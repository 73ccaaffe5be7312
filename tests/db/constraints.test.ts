// Every constraint of the data model refuses a bad row. Each case runs inside a
// savepoint that is rolled back, so one refusal never affects the next.
import type { Knex } from 'knex';
import { createTestDb, type TestDb } from '../support/db';
import { makeArticle, makeCase, makeUser } from '../support/factories';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

/** Runs `fn` in a transaction that is always rolled back; returns the error it raised. */
async function refused(fn: (trx: Knex.Transaction) => Promise<unknown>): Promise<{ code?: string; constraint?: string; message: string }> {
  const trx = await t.db.transaction();
  try {
    await fn(trx);
  } catch (err) {
    return err as { code?: string; constraint?: string; message: string };
  } finally {
    await trx.rollback().catch(() => undefined);
  }
  throw new Error('expected the database to refuse the row');
}

async function fixture(trx: Knex) {
  const user = await makeUser(trx);
  const article = await makeArticle(trx, { body: 'The minister said 12 people died. Rebels denied it.' });
  const [source] = await trx('source_entities').insert({ name: 'Minister', normalized_name: 'minister', kind: 'person' }).returning('id');
  const [claim] = await trx('claims')
    .insert({ article_id: article.id, span_start: 18, span_end: 32, quote_exact: '12 people died', content: '12 people died', mode: 'indirect', origin: 'extracted', source_id: source.id })
    .returning('id');
  const [dispute] = await trx('disputes').insert({ case_id: article.case_id, question: 'How many died?' }).returning('id');
  const [position] = await trx('positions').insert({ dispute_id: dispute.id, label: '12 dead' }).returning('id');
  return { user, article, source: source.id as number, claim: claim.id as number, dispute: dispute.id as number, position: position.id as number };
}

const claimRow = (articleId: number, over: object = {}) => ({
  article_id: articleId, span_start: 0, span_end: 5, quote_exact: 'The m', content: 'x', mode: 'direct', origin: 'manual', ...over,
});

describe('data model constraints', () => {
  it.each([
    ['a user role outside viewer/reviewer/editor/admin', 'users_role_check', (trx: Knex) => makeUser(trx, { role: 'owner' })],
    ['a malformed email', 'users_email_check', (trx: Knex) => makeUser(trx, { email: 'not-an-email' })],
    ['a case with a blank title', 'cases_title_check', (trx: Knex) => makeCase(trx, { title: '   ' })],
    ['a case status outside open/archived', 'cases_status_check', (trx: Knex) => trx('cases').insert({ title: 'x', status: 'closed' })],
    ['an article with a non-http URL', 'articles_url_check', async (trx: Knex) => {
      const a = await makeArticle(trx);
      await trx('articles').insert({ case_id: a.case_id, title: 't', body: 'b', content_hash: 'a'.repeat(64), url: 'javascript:alert(1)' });
    }],
    ['an unknown source kind', 'source_entities_kind_check', (trx: Knex) => trx('source_entities').insert({ name: 'X', normalized_name: 'x', kind: 'robot' })],
    ['reliability outside the Admiralty A–F scale', 'source_entities_reliability_check', (trx: Knex) => trx('source_entities').insert({ name: 'X', normalized_name: 'x', kind: 'person', reliability: 'G' })],
    ['a claim mode outside direct/indirect/mixed/according_to', 'claims_mode_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('claims').insert(claimRow(f.article.id, { mode: 'rumour' }));
    }],
    ['credibility outside 1–6', 'claims_credibility_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('claims').insert(claimRow(f.article.id, { credibility: 7 }));
    }],
    ['confidence outside low/moderate/high', 'claims_confidence_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('claims').insert(claimRow(f.article.id, { confidence: 'certain' }));
    }],
    ['an unknown claim origin', 'claims_origin_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('claims').insert(claimRow(f.article.id, { origin: 'guessed' }));
    }],
    ['an unknown review status', 'claims_review_status_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('claims').insert(claimRow(f.article.id, { review_status: 'maybe' }));
    }],
    ['a claim span with start >= end', 'claims_span_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('claims').insert(claimRow(f.article.id, { span_start: 5, span_end: 5 }));
    }],
    ['a claim span beyond the article text', 'claims_span_within_article', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('claims').insert(claimRow(f.article.id, { span_start: 10, span_end: 500 }));
    }],
    ['a mention span beyond the article text', 'source_mentions_span_within_article', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('source_mentions').insert({ article_id: f.article.id, span_start: 0, span_end: 900, text: 'x' });
    }],
    ['a dispute status outside the workflow', 'disputes_status_check', async (trx: Knex) => {
      const c = await makeCase(trx);
      await trx('disputes').insert({ case_id: c.id, question: 'q', status: 'closed' });
    }],
    ['a likelihood that is not an ICD 203 band', 'verdicts_likelihood_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('verdicts').insert({ dispute_id: f.dispute, reviewer_id: f.user.id, outcome: 'conflicting', likelihood: 'probable', confidence: 'low', rationale: 'r' });
    }],
    ['a verdict confidence outside low/moderate/high', 'verdicts_confidence_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('verdicts').insert({ dispute_id: f.dispute, reviewer_id: f.user.id, outcome: 'conflicting', likelihood: 'likely', confidence: 'total', rationale: 'r' });
    }],
    ['a position outcome without its position', 'verdicts_position_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('verdicts').insert({ dispute_id: f.dispute, reviewer_id: f.user.id, outcome: 'position', likelihood: 'likely', confidence: 'low', rationale: 'r' });
    }],
    ['a verdict without a rationale', 'verdicts_rationale_check', async (trx: Knex) => {
      const f = await fixture(trx);
      await trx('verdicts').insert({ dispute_id: f.dispute, reviewer_id: f.user.id, outcome: 'conflicting', likelihood: 'likely', confidence: 'low', rationale: ' ' });
    }],
  ])('refuses %s', async (_label, constraint, insert) => {
    const err = await refused((trx) => insert(trx));
    expect(err.constraint).toBe(constraint);
  });

  it('accepts http and https article URLs', async () => {
    const trx = await t.db.transaction();
    try {
      const a = await makeArticle(trx);
      for (const url of ['https://example.org/a?b=c', 'http://example.org']) await trx('articles').where({ id: a.id }).update({ url });
    } finally {
      await trx.rollback();
    }
  });

  it('refuses two sources with the same normalised name and kind', async () => {
    const err = await refused(async (trx) => {
      await trx('source_entities').insert({ name: 'Reuters', normalized_name: 'reuters', kind: 'media' });
      await trx('source_entities').insert({ name: 'REUTERS', normalized_name: 'reuters', kind: 'media' });
    });
    expect(err.constraint).toBe('source_entities_name_kind_unique');
  });

  it('refuses a second account whose email differs only in letter case', async () => {
    const err = await refused(async (trx) => {
      await makeUser(trx, { email: 'ana@example.org' });
      await makeUser(trx, { email: 'Ana@Example.org' });
    });
    expect(err.constraint).toBe('users_email_unique');
  });

  it('refuses the same text twice in one case', async () => {
    const err = await refused(async (trx) => {
      const a = await makeArticle(trx, { body: 'Same words.' });
      await makeArticle(trx, { case_id: a.case_id, body: 'Same words.' });
    });
    expect(err.constraint).toBe('articles_case_hash_unique');
  });

  it('refuses placing one claim twice in a dispute', async () => {
    const err = await refused(async (trx) => {
      const f = await fixture(trx);
      await trx('claim_placements').insert({ dispute_id: f.dispute, position_id: f.position, claim_id: f.claim });
      await trx('claim_placements').insert({ dispute_id: f.dispute, position_id: f.position, claim_id: f.claim });
    });
    expect(err.constraint).toBe('claim_placements_claim_unique');
  });

  it("refuses placing a claim in another dispute's position", async () => {
    const err = await refused(async (trx) => {
      const f = await fixture(trx);
      const [other] = await trx('disputes').insert({ case_id: f.article.case_id, question: 'Who?' }).returning('id');
      await trx('claim_placements').insert({ dispute_id: other.id, position_id: f.position, claim_id: f.claim });
    });
    expect(err.constraint).toBe('claim_placements_position_fk');
  });

  it('refuses a claim pointing at a missing article', async () => {
    const err = await refused((trx) => trx('claims').insert(claimRow(999999)));
    expect(err.code).toBe('23503');
  });

  it('refuses to change an article text once seeded', async () => {
    const err = await refused(async (trx) => {
      const a = await makeArticle(trx);
      await trx('articles').where({ id: a.id }).update({ body: 'rewritten history' });
    });
    expect(err.message).toMatch(/immutable/);
  });

  it('lets an article title change (only the text is frozen)', async () => {
    const trx = await t.db.transaction();
    try {
      const a = await makeArticle(trx);
      await trx('articles').where({ id: a.id }).update({ title: 'Better title' });
      expect((await trx('articles').where({ id: a.id }).first()).title).toBe('Better title');
    } finally {
      await trx.rollback();
    }
  });

  it.each(['update', 'delete'] as const)('refuses to %s a verdict', async (op) => {
    const err = await refused(async (trx) => {
      const f = await fixture(trx);
      const [v] = await trx('verdicts')
        .insert({ dispute_id: f.dispute, reviewer_id: f.user.id, outcome: 'conflicting', likelihood: 'likely', confidence: 'low', rationale: 'r' })
        .returning('id');
      const q = trx('verdicts').where({ id: v.id });
      await (op === 'update' ? q.update({ rationale: 'changed' }) : q.del());
    });
    expect(err.message).toMatch(/append-only/);
  });

  it.each(['update', 'delete'] as const)('refuses to %s an audit entry', async (op) => {
    const err = await refused(async (trx) => {
      const [a] = await trx('audit_log').insert({ action: 'create', entity_type: 'case', entity_id: '1' }).returning('id');
      const q = trx('audit_log').where({ id: a.id });
      await (op === 'update' ? q.update({ action: 'hide' }) : q.del());
    });
    expect(err.message).toMatch(/append-only/);
  });

  it('counts span offsets in UTF-16 units, so emoji do not push valid spans out', async () => {
    const trx = await t.db.transaction();
    try {
      const body = 'Aid 😀 arrived, he said.';
      const a = await makeArticle(trx, { body });
      const start = body.indexOf('arrived');
      await trx('claims').insert(claimRow(a.id, { span_start: 0, span_end: body.length, quote_exact: body }));
      expect(start).toBe(7);
      expect((await trx('articles').where({ id: a.id }).first()).text_length).toBe(body.length);
    } finally {
      await trx.rollback();
    }
  });

  it('finds articles, claims and sources by full-text search', async () => {
    const trx = await t.db.transaction();
    try {
      const f = await fixture(trx);
      const q = "websearch_to_tsquery('english', 'minister')";
      expect((await trx('articles').whereRaw(`search @@ ${q}`).pluck('id'))).toContain(f.article.id);
      expect((await trx('source_entities').whereRaw(`search @@ websearch_to_tsquery('simple', 'minister')`).pluck('id'))).toContain(f.source);
      expect((await trx('claims').whereRaw(`search @@ websearch_to_tsquery('english', 'died')`).pluck('id'))).toContain(f.claim);
    } finally {
      await trx.rollback();
    }
  });
});
