// Builds the real app on a fresh test schema, for supertest, and signs reviewers in
// through the real sign-in form.
import type { Express } from 'express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig, type Config } from '../../server/config';
import { createApp } from '../../server/app';
import type { Role } from '../../server/auth/roles';
import { createLogger } from '../../server/logger';
import { createUser } from '../../server/services/users';
import { createSessions, type Sessions } from '../../server/sessions';
import type { PublicUser } from '../../db/users';
import { createTestDb, onEmbedded, type TestDb } from './db';

export interface TestApp extends TestDb {
  app: Express;
  config: Config;
  sessions: Sessions;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** The app wired to a freshly migrated schema; call `destroy()` in afterAll. */
export async function createTestApp(env: Record<string, string> = {}, logTo?: { write(line: string): void }): Promise<TestApp> {
  const t = await createTestDb();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'), ...env }, {});
  const sessions = createSessions({ url: t.url, via: onEmbedded() ? t.db : undefined, schema: t.schema, secret: config.sessionSecret!, prune: false });
  const app = createApp({ config, db: t.db, logger: createLogger(config, logTo), sessions });
  return {
    ...t,
    app,
    config,
    sessions,
    async destroy() {
      await sessions.close();
      await t.destroy();
    },
  };
}

/** The CSRF token in a page's forms. */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no CSRF token on the page');
  return m[1];
}

export interface SignedIn {
  agent: TestAgent;
  user: PublicUser;
  /** The session's CSRF token, for form posts. */
  csrf: string;
}

let userSeq = 0;

/** Signs in through the real form; a CSRF token comes from the login page first. */
export async function signInAs(t: TestApp, email: string, password = TEST_PASSWORD): Promise<{ agent: TestAgent; csrf: string; status: number }> {
  const agent = request.agent(t.app);
  const login = await agent.get('/login');
  const res = await agent.post('/login').type('form').send({ _csrf: csrfFrom(login.text), email, password });
  const home = await agent.get('/');
  const csrf = res.status === 303 && home.status === 200 ? csrfFrom(home.text) : '';
  return { agent, csrf, status: res.status };
}

/** Creates a user with `role` and returns an agent signed in as them. */
export async function signedIn(t: TestApp, role: Role, over: Partial<{ displayName: string; email: string }> = {}): Promise<SignedIn> {
  const n = ++userSeq;
  const user = await createUser(
    t.db,
    { email: over.email ?? `${role}${n}@example.org`, displayName: over.displayName ?? `${role} ${n}`, role, password: TEST_PASSWORD },
    { userId: null, requestId: null },
  );
  const { agent, csrf, status } = await signInAs(t, user.email);
  if (status !== 303) throw new Error(`sign-in as ${role} failed with ${status}`);
  return { agent, user, csrf };
}
