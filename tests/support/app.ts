// Builds the real app on a fresh test schema, for supertest.
import type { Express } from 'express';
import { loadConfig, type Config } from '../../server/config';
import { createApp } from '../../server/app';
import { createLogger } from '../../server/logger';
import { createTestDb, type TestDb } from './db';

export interface TestApp extends TestDb {
  app: Express;
  config: Config;
}

/** The app wired to a freshly migrated schema; call `destroy()` in afterAll. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await createTestDb();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }, {});
  const app = createApp({ config, db: t.db, logger: createLogger(config) });
  return { ...t, app, config };
}
