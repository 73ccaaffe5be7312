// The upload size limit, on an app configured with a small one. In a file of its own: on
// the embedded test database every connection shares one session, so two apps on two
// schemas in one file would switch each other's search_path.
import { createTestApp, signedIn } from '../support/app';
import { makeCase } from '../support/factories';

describe('adding an article', () => {
  it('refuses an upload over the size limit with a 413 page', async () => {
    const small = await createTestApp({ MAX_ARTICLE_BYTES: '2048' });
    try {
      const r = await signedIn(small, 'reviewer');
      const c = await makeCase(small.db);
      const res = await r.agent.post(`/cases/${c.id}/articles`).field({ _csrf: r.csrf, title: 'Big' }).attach('file', Buffer.alloc(5000, 'a'), 'big.txt');
      expect(res.status).toBe(413);
      expect(await small.db('articles').count({ n: '*' }).first()).toEqual({ n: '0' });
    } finally {
      await small.destroy();
    }
  });
});
