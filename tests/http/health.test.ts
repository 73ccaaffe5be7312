import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { createApp } from '../../server/app';
import { createLogger } from '../../server/logger';
import { createDb } from '../../db/connection';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.destroy());

describe('GET /healthz', () => {
  it('answers 200 JSON when the database answers', async () => {
    const res = await request(t.app).get('/healthz').expect(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'ok' } });
    expect(typeof res.body.database.latencyMs).toBe('number');
  });

  it('answers 503 JSON when the database is unreachable', async () => {
    const dead = createDb({ url: 'postgres://postgres@127.0.0.1:1/none', poolMax: 1 });
    const app = createApp({ config: t.config, db: dead, logger: createLogger(t.config), sessions: t.sessions });
    try {
      const res = await request(app).get('/healthz').expect(503);
      expect(res.body).toMatchObject({ status: 'unavailable', database: { status: 'unreachable' } });
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      await dead.destroy();
    }
  });

  it('serves pages as 503 with a clear message while the database is unreachable', async () => {
    const dead = createDb({ url: 'postgres://postgres@127.0.0.1:1/none', poolMax: 1 });
    const app = createApp({ config: t.config, db: dead, logger: createLogger(t.config), sessions: t.sessions });
    try {
      const res = await request(app).get('/').expect(503);
      expect(res.text).toMatch(/database is not reachable/i);
    } finally {
      await dead.destroy();
    }
  });
});
