// Adding articles (paste and upload) and reviewing their claims, through the real app
// and the real engine.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';
import { makeCase } from '../support/factories';

const SEED = fs.readFileSync(path.join(PROJECT_ROOT, 'db', 'demo', 'babylon-strike.txt'), 'utf8');

let t: TestApp;
let reviewer: SignedIn;
let caseId: number;
beforeAll(async () => {
  t = await createTestApp();
  reviewer = await signedIn(t, 'reviewer');
  caseId = (await makeCase(t.db, { title: 'Babylon strike' })).id;
});
afterAll(async () => t.destroy());

async function paste(fields: Record<string, string>) {
  return reviewer.agent.post(`/cases/${caseId}/articles`).field({ _csrf: reviewer.csrf, ...fields });
}

let articleId: number;

describe('adding an article', () => {
  it('seeds pasted text with its claims and sources and lands on the article page', async () => {
    const res = await paste({ title: 'US strike in Babylon', publisher: 'AFP', publishedOn: '2024-07-31', url: 'https://example.org/a', text: SEED });
    expect(res.status).toBe(303);
    articleId = Number(/\/articles\/(\d+)/.exec(String(res.headers.location))![1]);
    const page = await reviewer.agent.get(`/articles/${articleId}`).expect(200);
    const highlighted = new Set([...page.text.matchAll(/<a class="src-tag[^"]*" href="#claim-(\d+)"/g)].map((m) => m[1]));
    expect(highlighted.size).toBeGreaterThanOrEqual(24);
    expect(page.text).toContain('Kataeb Hezbollah');
    expect(page.text).toMatch(/extracted by engine/);
    const stored = await t.db('claims').where({ article_id: articleId }).count({ n: '*' }).first();
    expect(Number(stored?.n)).toBe(highlighted.size);
  });

  it('recognises the same text pasted again and stores nothing new', async () => {
    const before = await t.db('claims').count({ n: '*' }).first();
    const res = await paste({ title: 'Again', text: `  ${SEED.replace(/\n/g, '\r\n')}  ` });
    expect(res.headers.location).toBe(`/articles/${articleId}?notice=duplicate`);
    expect(await t.db('claims').count({ n: '*' }).first()).toEqual(before);
    const page = await reviewer.agent.get(String(res.headers.location)).expect(200);
    expect(page.text).toContain('already in the case');
  });

  it('seeds a text whose words are the names of Object.prototype members', async () => {
    // The engine's word tables once answered "constructor" with a function and threw: a 500.
    const text = 'The constructor said the __proto__ was toString. "It holds," hasOwnProperty told reporters.';
    const res = await paste({ title: 'Prototype words', text });
    expect(res.status).toBe(303);
    const page = await reviewer.agent.get(String(res.headers.location)).expect(200);
    expect(page.text).toContain('the __proto__ was toString');
  });

  it('takes an uploaded HTML file, reduced to text with its paragraphs', async () => {
    const html = '<html><head><title>x</title><script>alert(1)</script></head><body><h1>Toll rises</h1><p>The ministry said <b>12 people</b> died.</p><p>Rebels denied it.</p></body></html>';
    const res = await reviewer.agent.post(`/cases/${caseId}/articles`).field({ _csrf: reviewer.csrf, title: 'Upload', text: '' }).attach('file', Buffer.from(html), 'story.html');
    expect(res.status).toBe(303);
    const id = Number(/\/articles\/(\d+)/.exec(String(res.headers.location))![1]);
    const row = await t.db('articles').where({ id }).first();
    expect(row.body).toBe('Toll rises\n\nThe ministry said 12 people died.\n\nRebels denied it.');
  });

  it.each([
    ['no text and no file', { title: 'Empty', text: '   ' }, 'Paste the article text or upload'],
    ['no title', { title: '', text: 'Some words, he said.' }, 'Give the article a title.'],
    ['a bad date', { title: 'T', text: 'x said y.', publishedOn: '2024-02-30' }, 'That date does not exist.'],
    ['a non-web URL', { title: 'T', text: 'x said y.', url: 'javascript:alert(1)' }, 'Enter a web address starting with http'],
  ])('refuses %s with a message and keeps what was typed', async (_label, fields, message) => {
    const res = await paste(fields as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.text).toContain(message);
    if ((fields as Record<string, string>).title) expect(res.text).toContain(`value="${(fields as Record<string, string>).title}"`);
  });

  it('refuses a binary or non-UTF-8 upload clearly', async () => {
    const res = await reviewer.agent.post(`/cases/${caseId}/articles`).field({ _csrf: reviewer.csrf, title: 'Bad' }).attach('file', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'x.txt');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/not UTF-8 text|binary data/);
    const pdf = await reviewer.agent.post(`/cases/${caseId}/articles`).field({ _csrf: reviewer.csrf, title: 'Pdf' }).attach('file', Buffer.from('%PDF-1.4'), '../../etc/passwd.pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.text).toContain('Upload a .txt or .html file.');
  });
});

describe('hostile multipart field names', () => {
  it('refuses bracketed field names at once instead of building huge arrays', async () => {
    const kase = await makeCase(t.db);
    // Unguarded, the first body alone blocked the process for minutes (jest's timeout would end this test).
    const bodies: Record<string, string>[] = [{ 'items[4294967294]': 'x', 'items[x]': 'y' }, { [`a${'[b]'.repeat(5000)}`]: 'x' }];
    for (const fields of bodies) {
      const res = await reviewer.agent.post(`/cases/${kase.id}/articles`).field({ _csrf: reviewer.csrf, title: 'Sparse', ...fields }).attach('file', Buffer.from('Text.'), 'a.txt');
      expect(res.status).toBe(400);
      expect(res.text).toContain('The upload could not be read');
    }
    expect(await t.db('articles').where({ case_id: kase.id }).count({ n: '*' }).first()).toEqual({ n: '0' });
  });
});

describe('reviewing claims', () => {
  const claimOf = async (needle: string) => {
    const row = await t.db('claims').where({ article_id: articleId }).whereRaw('content like ?', [`%${needle}%`]).orderBy('span_start').first();
    if (!row) throw new Error(`no claim containing ${needle}`);
    return row;
  };
  const post = (url: string, body: object) => reviewer.agent.post(url).type('form').send({ _csrf: reviewer.csrf, ...body });

  it('accepts and rejects claims; rejected ones are hidden unless asked for', async () => {
    const c = await claimOf('drone experts');
    await post(`/claims/${c.id}/review`, { version: c.version, status: 'rejected' }).expect(303);
    const page = await reviewer.agent.get(`/articles/${articleId}`).expect(200);
    expect(page.text).not.toContain(`id="claim-${c.id}"`);
    const all = await reviewer.agent.get(`/articles/${articleId}?rejected=1`).expect(200);
    expect(all.text).toContain(`id="claim-${c.id}"`);
    const again = await t.db('claims').where({ id: c.id }).first();
    await post(`/claims/${c.id}/review`, { version: again.version, status: 'accepted' }).expect(303);
    expect((await t.db('claims').where({ id: c.id }).first()).review_status).toBe('accepted');
  });

  it('refuses a review made against an old version with a clear 409', async () => {
    const c = await claimOf('heinous crime');
    await post(`/claims/${c.id}/review`, { version: c.version, status: 'accepted' }).expect(303);
    const stale = await post(`/claims/${c.id}/review`, { version: c.version, status: 'rejected' }).expect(409);
    expect(stale.text).toContain('changed by someone else');
    expect((await t.db('claims').where({ id: c.id }).first()).review_status).toBe('accepted');
  });

  it('grades a claim (credibility and confidence) and records it in the audit log', async () => {
    const c = await claimOf('four people were killed');
    await post(`/claims/${c.id}/grade`, { version: c.version, credibility: '2', confidence: 'moderate' }).expect(303);
    const row = await t.db('claims').where({ id: c.id }).first();
    expect([row.credibility, row.confidence]).toEqual([2, 'moderate']);
    const audit = await t.db('audit_log').where({ entity_type: 'claim', entity_id: String(c.id), action: 'grade' }).first();
    expect(audit.after.credibility).toBe(2);
    const bad = await post(`/claims/${c.id}/grade`, { version: row.version, credibility: '9' }).expect(400);
    expect(bad.text).toMatch(/alert/);
    // The refused claim's forms are open again; no other claim's are.
    expect(bad.text).toContain(`action="/claims/${c.id}/grade"`);
    expect(bad.text.match(/action="\/claims\/\d+\/grade"/g)).toHaveLength(1);
  });

  it('renders one claim’s grade and correct forms when asked (?edit=), and a link on the others', async () => {
    const c = await claimOf('drone experts');
    const plain = await reviewer.agent.get(`/articles/${articleId}`).expect(200);
    expect(plain.text).not.toMatch(/action="\/claims\/\d+\/grade"/);
    expect(plain.text).toContain(`href="/articles/${articleId}?edit=${c.id}#claim-${c.id}">Grade or correct</a>`);
    const open = await reviewer.agent.get(`/articles/${articleId}?edit=${c.id}`).expect(200);
    expect(open.text.match(/action="\/claims\/\d+\/grade"/g)).toEqual([`action="/claims/${c.id}/grade"`]);
    expect(open.text.match(/action="\/claims\/\d+"/g)).toEqual([`action="/claims/${c.id}"`]);
    for (const junk of ['x', '-1', '1e3', '99999999999999']) expect((await reviewer.agent.get(`/articles/${articleId}?edit=${junk}`)).status).toBe(200);
    const rejected = await reviewer.agent.get(`/articles/${articleId}?rejected=1`).expect(200);
    expect(rejected.text).toContain(`href="/articles/${articleId}?rejected=1&amp;edit=${c.id}#claim-${c.id}"`);
  });

  it("corrects a claim's source to a new one, and its words", async () => {
    const c = await claimOf('heinous crime');
    const res = await post(`/claims/${c.id}`, {
      version: c.version, sourceId: 'new', newSourceName: 'Iraqi government', newSourceKind: 'government',
      quote: 'a "heinous crime"', cue: 'describing', mode: 'mixed', hedges: '',
    }).expect(303);
    expect(res.headers.location).toContain(`#claim-${c.id}`);
    const row = await t.db('claims').where({ id: c.id }).first();
    const src = await t.db('source_entities').where({ id: row.source_id }).first();
    expect(src.name).toBe('Iraqi government');
    expect(row.review_status).toBe('corrected');
    expect(SEED.slice(row.span_start, row.span_end)).toBe('a "heinous crime"');
    expect(row.quote_exact).toBe('a "heinous crime"');
    expect(SEED.slice(row.cue_start, row.cue_end)).toBe('describing');
  });

  it('adds a claim by its words, and says clearly when they are absent or ambiguous', async () => {
    const ok = await post(`/articles/${articleId}/claims`, { quote: 'IS remnants still carry out attacks', sourceId: '', cue: '', mode: 'indirect' }).expect(303);
    const id = Number(/#claim-(\d+)/.exec(String(ok.headers.location))![1]);
    const row = await t.db('claims').where({ id }).first();
    expect([row.origin, row.review_status]).toEqual(['manual', 'accepted']);
    expect(SEED.slice(row.span_start, row.span_end)).toBe('IS remnants still carry out attacks');
    expect(row.quote_prefix.length).toBeLessThanOrEqual(32);

    const absent = await post(`/articles/${articleId}/claims`, { quote: 'words that are nowhere', sourceId: '' }).expect(400);
    expect(absent.text).toContain('These words are not in the article');
    expect(absent.text).toContain('words that are nowhere');
    const twice = "US-led coalition's mission in Iraq";
    const ambiguous = await post(`/articles/${articleId}/claims`, { quote: twice, sourceId: '' }).expect(400);
    expect(ambiguous.text).toMatch(/appear 2 times/);
    const picked = await post(`/articles/${articleId}/claims`, { quote: twice, prefix: 'talks on ending the', sourceId: '' }).expect(303);
    const pickedRow = await t.db('claims').where({ id: Number(/#claim-(\d+)/.exec(String(picked.headers.location))![1]) }).first();
    expect(pickedRow.span_start).toBe(SEED.indexOf(`ending the ${twice}`) + 'ending the '.length);
  });

  it('shows the article page in one query (besides the session) for 10 and 300 claims', async () => {
    const countQueries = async (n: number) => {
      const words = Array.from({ length: n }, (_, i) => `Source ${i} said item ${i} happened.`).join('\n');
      const res = await paste({ title: `Many ${n}`, text: words });
      const id = /\/articles\/(\d+)/.exec(String(res.headers.location))![1];
      const claims = await t.db('claims').where({ article_id: id }).count({ n: '*' }).first();
      let queries = 0;
      const onQuery = () => void queries++;
      t.db.on('query', onQuery);
      await reviewer.agent.get(`/articles/${id}`).expect(200);
      t.db.off('query', onQuery);
      return { queries, claims: Number(claims?.n) };
    };
    const few = await countQueries(10);
    const many = await countQueries(300);
    expect(few.claims).toBeGreaterThanOrEqual(10);
    expect(many.claims).toBeGreaterThanOrEqual(300);
    expect(many.queries).toBe(few.queries);
    expect(few.queries).toBe(1);
  });
});

describe('oversized texts', () => {
  it('refuses a text with more attributions than one article can hold, saying why', async () => {
    const text = Array.from({ length: 10_050 }, (_, i) => `Official ${i} said that ${i} houses were damaged.`).join('\n');
    const before = await t.db('articles').count({ n: '*' }).first();
    const res = await paste({ title: 'Archive dump', text });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/more than the 10,000 one article can hold/);
    expect(await t.db('articles').count({ n: '*' }).first()).toEqual(before);
  }, 60_000);
});

describe('source matching shown on the article page', () => {
  it('says when a source was matched to one already quoted in another case', async () => {
    const other = await makeCase(t.db, { title: 'Another case' });
    const res = await reviewer.agent.post(`/cases/${other.id}/articles`).field({ _csrf: reviewer.csrf, title: 'Follow-up', text: 'Kataeb Hezbollah said the strike was a crime.' }).expect(303);
    const page = await reviewer.agent.get(String(res.headers.location)).expect(200);
    expect(page.text).toMatch(/Known source: also quoted in 1 other case\./);
  });
});

describe('audit', () => {
  it('records who seeded an article, with what it found, in the audit log', async () => {
    const res = await paste({ title: 'Audited', text: 'The ministry said 3 people died, state media reported.' });
    const id = /\/articles\/(\d+)/.exec(String(res.headers.location))![1];
    const entry = await t.db('audit_log').where({ entity_type: 'article', entity_id: id, action: 'seed' }).first();
    expect(entry.user_id).toBe(reviewer.user.id);
    expect(entry.request_id).toBeTruthy();
    expect(entry.after.title).toBe('Audited');
    expect(entry.after.counts.claims).toBeGreaterThan(0);
    expect(entry.after.body).toBeUndefined();
  });
});
