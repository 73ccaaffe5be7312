import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';

let t: TestApp;
let reviewer: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  reviewer = await signedIn(t, 'reviewer');
});
afterAll(async () => t.destroy());

async function newCase(title: string): Promise<number> {
  const res = await reviewer.agent.post('/cases').type('form').send({ _csrf: reviewer.csrf, title, description: 'Who fired first?' }).expect(303);
  return Number(/\/cases\/(\d+)$/.exec(String(res.headers.location))![1]);
}

describe('cases', () => {
  it('creates a case and lands on its page', async () => {
    const id = await newCase('Aleppo convoy, April 2017');
    const page = await reviewer.agent.get(`/cases/${id}`).expect(200);
    expect(page.text).toContain('Aleppo convoy, April 2017');
    expect(page.text).toContain('Who fired first?');
    const audit = await t.db('audit_log').where({ entity_type: 'case', entity_id: String(id), action: 'create' }).first();
    expect(audit.user_id).toBe(reviewer.user.id);
  });

  it('keeps what was typed and says what is wrong when the title is blank', async () => {
    const res = await reviewer.agent.post('/cases').type('form').send({ _csrf: reviewer.csrf, title: '   ', description: 'kept text' }).expect(400);
    expect(res.text).toContain('Give the case a title.');
    expect(res.text).toContain('kept text');
  });

  it('renames a case, and refuses a rename made against an old version with the current one shown', async () => {
    const id = await newCase('Homs airbase');
    const v1 = (await t.db('cases').where({ id }).first()).version;
    await reviewer.agent.post(`/cases/${id}`).type('form').send({ _csrf: reviewer.csrf, version: v1, title: 'Shayrat airbase strike', description: '' }).expect(303);
    const other = await signedIn(t, 'reviewer');
    const stale = await other.agent.post(`/cases/${id}`).type('form').send({ _csrf: other.csrf, version: v1, title: 'Something else', description: '' }).expect(409);
    expect(stale.text).toContain('changed by someone else');
    expect(stale.text).toContain('Shayrat airbase strike');
    expect((await t.db('cases').where({ id }).first()).title).toBe('Shayrat airbase strike');
  });

  it('archives and reopens a case', async () => {
    const id = await newCase('Hasakeh bombing');
    let row = await t.db('cases').where({ id }).first();
    await reviewer.agent.post(`/cases/${id}/status`).type('form').send({ _csrf: reviewer.csrf, version: row.version, status: 'archived' }).expect(303);
    row = await t.db('cases').where({ id }).first();
    expect(row.status).toBe('archived');
    const home = await reviewer.agent.get('/').expect(200);
    expect(home.text).toMatch(/Hasakeh bombing[\s\S]*status-archived/);
    await reviewer.agent.post(`/cases/${id}/status`).type('form').send({ _csrf: reviewer.csrf, version: row.version, status: 'open' }).expect(303);
    expect((await t.db('cases').where({ id }).first()).status).toBe('open');
    expect(await t.db('audit_log').where({ entity_type: 'case', entity_id: String(id) }).pluck('action')).toEqual(['create', 'archive', 'reopen']);
  });

  it('shows viewers no editing controls', async () => {
    const viewer = await signedIn(t, 'viewer');
    const id = await newCase('Read-only look');
    const page = await viewer.agent.get(`/cases/${id}`).expect(200);
    expect(page.text).not.toContain('Edit case');
    expect(page.text).not.toContain('Add article');
    expect((await viewer.agent.get('/').expect(200)).text).not.toContain('New case');
  });
});

describe('case page', () => {
  it('lists the sources named in its articles with their claim counts', async () => {
    const id = await newCase('Sources listed');
    await reviewer.agent.post(`/cases/${id}/articles`).field({ _csrf: reviewer.csrf, title: 'A', text: 'The ministry said 12 people died. Rebels denied the toll, their spokesman said.' }).expect(303);
    const page = await reviewer.agent.get(`/cases/${id}`).expect(200);
    expect(page.text).toMatch(/<h2 id="sources-h">Sources<\/h2>/);
    expect(page.text).toMatch(/href="\/sources\/\d+">[^<]*ministry/i);
  });

  it('renders in one query (besides the session) for 10 and 300 articles', async () => {
    const count = async (n: number) => {
      const id = await newCase(`Many articles ${n}`);
      for (let i = 0; i < n; i++) {
        await t.db('articles').insert({ case_id: id, title: `A${i}`, body: `Text ${i}, an official said.`, content_hash: (i + n * 1000).toString(16).padStart(64, '0') });
      }
      let queries = 0;
      const on = () => void queries++;
      t.db.on('query', on);
      await reviewer.agent.get(`/cases/${id}`).expect(200);
      t.db.off('query', on);
      return queries;
    };
    const few = await count(10);
    expect(await count(300)).toBe(few);
    expect(few).toBe(1);
  });
});
