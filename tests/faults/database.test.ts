// The database goes away while reviewers are working: requests get a 503 page (JSON for
// health), the process survives, service comes back on its own once the database does,
// and no article is ever left half-seeded.
import request from 'supertest';
import { createApp } from '../../server/app';
import { createLogger } from '../../server/logger';
import { createSessions } from '../../server/sessions';
import { createDb } from '../../db/connection';
import { extractAttributions } from '../../server/engine';
import { createTestApp, signedIn, type TestApp } from '../support/app';
import { makeArticle, makeCase } from '../support/factories';
import { startProxy, type Proxy } from '../support/tcp-proxy';

let t: TestApp;
let proxy: Proxy;
let app: ReturnType<typeof createApp>;
let closeApp: () => Promise<void>;

beforeAll(async () => {
  t = await createTestApp();
  const target = new URL(t.url);
  proxy = await startProxy(target.hostname, Number(target.port || 5432));
  const viaProxy = new URL(t.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  // The app under test reaches the database only through the proxy.
  const db = createDb({ url: viaProxy.toString(), poolMax: 4, schema: t.schema });
  const sessions = createSessions({ url: viaProxy.toString(), schema: t.schema, secret: t.config.sessionSecret!, prune: false });
  app = createApp({ config: t.config, db, logger: createLogger(t.config), sessions });
  closeApp = async () => {
    await sessions.close();
    await db.destroy();
  };
});
afterAll(async () => {
  await closeApp();
  await proxy.close();
  await t.destroy();
});

async function signIn() {
  const r = await signedIn({ ...t, app }, 'reviewer');
  return r;
}

describe('database outage', () => {
  it('answers 503 during the outage, never crashes, and recovers within 5 s of the database coming back', async () => {
    const { agent } = await signIn();
    await agent.get('/').expect(200);
    // Pages whose reads are prepared per connection (db/together.ts): the connections that
    // prepared them die in the outage, and the new ones must prepare them afresh.
    const article = await makeArticle(t.db);
    const [dispute] = await t.db('disputes').insert({ case_id: article.case_id, question: 'Who fired first?' }).returning('id');
    const pages = [`/cases/${article.case_id}`, `/articles/${article.id}`, `/disputes/${dispute.id}`];
    for (const page of pages) await agent.get(page).expect(200);

    proxy.down();
    const during = await Promise.all([agent.get('/'), agent.get('/cases/1'), request(app).get('/healthz')]);
    expect(during.map((r) => r.status)).toEqual([503, 503, 503]);
    expect(during[0]!.text).toContain('The database is not reachable right now');
    expect(during[0]!.headers['retry-after']).toBe('5');
    expect(during[2]!.body).toMatchObject({ status: 'unavailable' });

    proxy.up();
    const back = Date.now();
    let status = 0;
    while (Date.now() - back < 5000) {
      status = (await agent.get('/')).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect(Date.now() - back).toBeLessThan(5000);
    await request(app).get('/healthz').expect(200);
    for (const page of pages) await agent.get(page).expect(200);
  }, 60_000);

  it('never leaves an article half-seeded when the connection drops mid-seeding', async () => {
    const { agent, csrf } = await signIn();
    const kase = await makeCase(t.db, { title: 'Outage during seeding' });
    const texts = Array.from({ length: 12 }, (_, i) =>
      Array.from({ length: 40 }, (_, j) => `Official ${i}-${j} said that ${j + i} people were hurt, police added.`).join('\n'),
    );
    const posts = texts.map((text, i) =>
      agent.post(`/cases/${kase.id}/articles`).field({ _csrf: csrf, title: `Article ${i}`, text }).then((r) => r.status, () => 0),
    );
    // Drop every connection a few times while the seedings run.
    for (let k = 0; k < 3; k++) {
      await new Promise((r) => setTimeout(r, 40));
      proxy.down();
      await new Promise((r) => setTimeout(r, 20));
      proxy.up();
    }
    const statuses = await Promise.all(posts);
    expect(statuses.filter((s) => s !== 303 && s !== 503)).toEqual([]);

    const articles = await t.db('articles').where({ case_id: kase.id }).select('id', 'body');
    for (const a of articles) {
      const stored = Number((await t.db('claims').where({ article_id: a.id }).count({ n: '*' }).first())?.n);
      expect(stored).toBe(extractAttributions(a.body).attributions.length);
    }
    // Every 303 is a stored article; a 503 stored nothing.
    expect(articles.length).toBe(statuses.filter((s) => s === 303).length);
  }, 60_000);
});
