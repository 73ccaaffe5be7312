import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';
import { makeArticle, makeCase } from '../support/factories';
import { makeClaims, makeSource } from '../support/source-factories';

let t: TestApp;
let viewer: SignedIn;
let ids: { article: number; claim: number; source: number };
beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'viewer');
  const kase = await makeCase(t.db, { title: 'Babylon strike' });
  const article = await makeArticle(t.db, {
    case_id: kase.id,
    title: 'Air strike kills four near Babylon',
    body: 'A US air strike hit combatants near the Musayyib base, a defence official said. The group called them drone experts.',
  });
  const source = await makeSource(t.db, { name: 'Kataeb Hezbollah', kind: 'armed_group', aliases: ['Kataib Hizballah'] });
  const [claim] = await makeClaims(t.db, article.id, source.id, 1, 'a group of drone experts who were carrying out new tests');
  await makeClaims(t.db, article.id, null, 1, 'hostile <script>alert(1)</script> drone & "quoted" <b onmouseover=x> text');
  ids = { article: article.id, claim: claim!.id, source: source.id };
});
afterAll(async () => t.destroy());

describe('search', () => {
  it('finds an article, a claim and a source by a word, with highlighted snippets and links', async () => {
    const res = await viewer.agent.get('/search?q=drones').expect(200);
    expect(res.text).toContain(`href="/articles/${ids.article}"`);
    expect(res.text).toContain(`href="/articles/${ids.article}#claim-${ids.claim}"`);
    expect(res.text).toMatch(/<mark>drone<\/mark> experts/);
    const src = await viewer.agent.get('/search?q=kataeb').expect(200);
    expect(src.text).toContain(`href="/sources/${ids.source}"`);
    expect(src.text).toContain('<mark>Kataeb</mark> Hezbollah');
  });

  it('finds a source by an alias', async () => {
    const res = await viewer.agent.get('/search?q=hizballah').expect(200);
    expect(res.text).toContain(`href="/sources/${ids.source}"`);
  });

  it('keeps hostile text in snippets inert: everything but our <mark> is escaped', async () => {
    const res = await viewer.agent.get('/search?q=hostile').expect(200);
    expect(res.text).toContain('<mark>hostile</mark>');
    expect(res.text).not.toMatch(/<script>alert/);
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // shown as the words it is
    expect(res.text).not.toMatch(/<b onmouseover/);
    expect(res.text).toMatch(/drone &amp; &#34;quoted&#34;/);
  });

  it('shows the best articles first and says how many more matched', async () => {
    for (let i = 0; i < 12; i++) await makeArticle(t.db, { body: `Fishermen saw ${i} zebrafish near the dam; ${'zebrafish '.repeat(i)}` });
    const res = await viewer.agent.get('/search?q=zebrafish').expect(200);
    expect(res.text).toContain('The best 10 of 12 shown.');
  });

  it('shows a clear empty state, a prompt for an empty query, and a message for a too-long one', async () => {
    expect((await viewer.agent.get('/search?q=zyzzyva').expect(200)).text).toContain('Nothing matches');
    expect((await viewer.agent.get('/search').expect(200)).text).toContain('Type a few words');
    expect((await viewer.agent.get('/search?q=the').expect(200)).text).toContain('Nothing matches');
    const long = await viewer.agent.get(`/search?q=${'a'.repeat(201)}`).expect(400);
    expect(long.text).toContain('Keep the search under 200 characters.');
  });

  it('puts a search box in the page header', async () => {
    const res = await viewer.agent.get('/').expect(200);
    expect(res.text).toMatch(/<form method="get" action="\/search"[^>]*role="search"/);
    expect(res.text).toContain('href="/sources"');
  });
});
