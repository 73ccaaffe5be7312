import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, signedIn, type TestApp } from '../support/app';
import { makeArticle, makeCase } from '../support/factories';
import { ensureDemoCase } from '../../server/services/demo';
import type { Extractor } from '../../server/services/articles';

// Pages are tested on stored rows; what the engine finds is tested with the engine.
const extractNothing: Extractor = () => ({ version: 'test', attributions: [], entities: [] });

let t: TestApp;
let viewer: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  viewer = (await signedIn(t, 'viewer')).agent;
});
afterAll(async () => t.destroy());

describe('pages', () => {
  it('lists the demo case with its article on the home page', async () => {
    expect(await ensureDemoCase(t.db, extractNothing)).toBe(true);
    const res = await viewer.get('/').expect(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('Babylon strike');
    expect(res.text).toMatch(/<td class="num">1<\/td>/); // one article
  });

  it('does not seed the demo case twice', async () => {
    expect(await ensureDemoCase(t.db, extractNothing)).toBe(false);
    expect(Number((await t.db('cases').where({ title: 'Babylon strike' }).count({ n: '*' }))[0]?.n)).toBe(1);
  });

  it('shows a case with its articles', async () => {
    const a = await makeArticle(t.db, { title: 'Convoy hit near Aleppo', publisher: 'Reuters' });
    const res = await viewer.get(`/cases/${a.case_id}`).expect(200);
    expect(res.text).toContain('Convoy hit near Aleppo');
    expect(res.text).toContain('Reuters');
    expect(res.text).toContain(`href="/articles/${a.id}"`);
  });

  it('shows the full text of an article, paragraph by paragraph', async () => {
    const a = await makeArticle(t.db, { body: 'First paragraph, he said.\n\nSecond paragraph.' });
    const res = await viewer.get(`/articles/${a.id}`).expect(200);
    expect(res.text).toContain('<p data-start="0">First paragraph, he said.</p>');
    expect(res.text).toContain('<p data-start="27">Second paragraph.</p>');
    expect(res.text).toContain('Second paragraph.');
  });

  it('escapes hostile text in titles', async () => {
    const c = await makeCase(t.db, { title: '<script>alert(1)</script>' });
    const res = await viewer.get(`/cases/${c.id}`).expect(200);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each(['/no-such-page', '/cases/999999', '/cases/abc', '/articles/0', '/cases/99999999999999999999'])(
    'answers %s with a friendly 404 page',
    async (path) => {
      const res = await viewer.get(path).expect(404);
      expect(res.type).toBe('text/html');
      expect(res.text).toMatch(/not found/i);
      expect(res.text).toContain('href="/"');
    },
  );

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await viewer.get('/').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('tags every response with a request id', async () => {
    const res = await viewer.get('/').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('serves the stylesheet without signing in', async () => {
    const res = await request(t.app).get('/static/app.css').expect(200);
    expect(res.type).toBe('text/css');
  });
});
