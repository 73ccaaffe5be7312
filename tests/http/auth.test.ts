import request from 'supertest';
import { createTestApp, csrfFrom, signedIn, signInAs, TEST_PASSWORD, type TestApp } from '../support/app';
import { makeCase } from '../support/factories';
import { SESSION_COOKIE } from '../../server/middleware/session';

const sessionCookie = (res: request.Response) =>
  ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];

describe('first run', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.destroy());

  it('sends everyone to "create the first admin" while no account exists, and only then', async () => {
    await request(t.app).get('/').expect(303).expect('Location', '/setup');
    await request(t.app).get('/login').expect(303).expect('Location', '/setup');
    const agent = request.agent(t.app);
    const form = await agent.get('/setup').expect(200);
    expect(form.text).toContain('Create the first admin');

    const bad = await agent.post('/setup').type('form')
      .send({ _csrf: csrfFrom(form.text), displayName: 'Ana Editor', email: 'ana@example.org', password: 'short', confirm: 'short' })
      .expect(400);
    expect(bad.text).toContain('Use at least 12 characters.');
    expect(bad.text).toContain('value="Ana Editor"'); // submitted values kept

    await agent.post('/setup').type('form')
      .send({ _csrf: csrfFrom(bad.text), displayName: 'Ana Editor', email: 'ana@example.org', password: TEST_PASSWORD, confirm: TEST_PASSWORD })
      .expect(303).expect('Location', '/');
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('Ana Editor');
    expect(home.text).toMatch(/class="role">admin</);

    await request(t.app).get('/setup').expect(404);
    const again = request.agent(t.app);
    const login = await again.get('/login').expect(200);
    await again.post('/setup').type('form')
      .send({ _csrf: csrfFrom(login.text), displayName: 'Mallory', email: 'm@example.org', password: TEST_PASSWORD, confirm: TEST_PASSWORD })
      .expect(404);
    expect(await t.db('users').count({ n: '*' }).first()).toEqual({ n: '1' });
  });
});

describe('signing in and out', () => {
  let t: TestApp;
  const logs: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'info', LOGIN_MAX_FAILURES: '10', MAX_ARTICLE_BYTES: '4096' }, { write: (l) => void logs.push(l) });
  });
  afterAll(async () => t.destroy());

  it('gives a new session id at sign-in, so an id planted before it is useless after', async () => {
    const { user } = await signedIn(t, 'reviewer');
    const agent = request.agent(t.app);
    const page = await agent.get('/login').expect(200);
    const before = sessionCookie(page);
    expect(before).toBeDefined();
    const res = await agent.post('/login').type('form').send({ _csrf: csrfFrom(page.text), email: user.email, password: TEST_PASSWORD }).expect(303);
    const after = sessionCookie(res);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    // The attacker holding the old id is still anonymous.
    await request(t.app).get('/').set('Cookie', before!).expect(303).expect('Location', '/login?next=%2F');
    await request(t.app).get('/').set('Cookie', after!).expect(200);
  });

  it('rolls the stored session expiry forward, writing it at most once a minute', async () => {
    const { agent } = await signedIn(t, 'reviewer');
    const expiry = async () => (await t.db('sessions').select('expire')).map((r: { expire: Date }) => r.expire.getTime()).sort().join();
    await agent.get('/').expect(200);
    const first = await expiry();
    await new Promise((r) => setTimeout(r, 1100)); // the expiry has second precision
    await agent.get('/').expect(200);
    await agent.get('/').expect(200);
    expect(await expiry()).toBe(first);
  });

  it('signs out and forgets the session', async () => {
    const { agent, csrf } = await signedIn(t, 'viewer');
    await agent.post('/logout').type('form').send({ _csrf: csrf }).expect(303).expect('Location', '/login');
    await agent.get('/').expect(303);
  });

  it('returns to the page asked for, but never to another site', async () => {
    const { user } = await signedIn(t, 'viewer');
    for (const [next, expected] of [['/cases/1', '/cases/1'], ['//evil.example/x', '/'], ['https://evil.example', '/']]) {
      const agent = request.agent(t.app);
      const page = await agent.get(`/login?next=${encodeURIComponent(next!)}`);
      await agent.post('/login').type('form').send({ _csrf: csrfFrom(page.text), email: user.email, password: TEST_PASSWORD, next })
        .expect(303).expect('Location', expected!);
    }
  });

  it('says the same thing for an unknown account and a wrong password', async () => {
    const { user } = await signedIn(t, 'viewer');
    const wrong = await signInAs(t, user.email, 'not the password at all');
    const unknown = await signInAs(t, 'nobody@example.org', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const agent = request.agent(t.app);
    const page = await agent.get('/login');
    const a = await agent.post('/login').type('form').send({ _csrf: csrfFrom(page.text), email: user.email, password: 'nope nope nope' });
    const b = await agent.post('/login').type('form').send({ _csrf: csrfFrom(page.text), email: 'ghost@example.org', password: 'nope nope nope' });
    const msg = (html: string) => /<div class="alert" role="alert">([^<]*)</.exec(html)?.[1];
    expect(msg(a.text)).toBe('Email or password is incorrect.');
    expect(msg(b.text)).toBe(msg(a.text));
  });

  it('throttles an account after 10 failures in the window, even with the right password', async () => {
    const { user } = await signedIn(t, 'reviewer');
    await t.db('login_attempts').del();
    for (let i = 0; i < 10; i++) expect((await signInAs(t, user.email, `wrong guess ${i}`)).status).toBe(401);
    const right = await signInAs(t, user.email, TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(Number((await t.db('login_attempts').where({ email: user.email, succeeded: false }).count({ n: '*' }).first())?.n)).toBe(10);
    await t.db('login_attempts').del(); // the window has not passed; let the rest of the file sign in
  });

  it('throttles an address that tries many accounts', async () => {
    const { user } = await signedIn(t, 'viewer');
    await t.db('login_attempts').del();
    for (let i = 0; i < 10; i++) expect((await signInAs(t, `guess${i}@example.org`, 'some password')).status).toBe(401);
    expect((await signInAs(t, user.email, TEST_PASSWORD)).status).toBe(429);
    await t.db('login_attempts').del();
  });

  it('ends a session past the absolute timeout even if it was used recently', async () => {
    const { agent } = await signedIn(t, 'viewer');
    await agent.get('/').expect(200);
    await t.db.raw(`update sessions set sess = jsonb_set(sess::jsonb, '{signedInAt}', to_jsonb(?::bigint))::json`, [Date.now() - 13 * 3_600_000]);
    await agent.get('/').expect(303);
  });

  it('never writes a password to the logs or the database in plain text', async () => {
    const admin = await signedIn(t, 'admin');
    const secret = 'Tr0ub4dor&3-unique-password';
    await admin.agent.post('/admin/users').type('form')
      .send({ _csrf: admin.csrf, displayName: 'New Person', email: 'new.person@example.org', role: 'viewer', password: secret })
      .expect(303);
    const ok = await signInAs(t, 'new.person@example.org', secret);
    expect(ok.status).toBe(303);
    const failed = await signInAs(t, 'new.person@example.org', `${secret}-typo`);
    expect(failed.status).toBe(401);

    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(secret);
    const dump = await t.db.raw(`
      select coalesce(string_agg(x, ' '), '') as all from (
        select row_to_json(u)::text as x from users u union all
        select row_to_json(a)::text from audit_log a union all
        select sess::text from sessions union all
        select row_to_json(l)::text from login_attempts l) s`);
    expect(dump.rows[0].all).not.toContain(secret);
    expect(dump.rows[0].all).toContain('new.person@example.org');
    const hash = await t.db('users').where({ email: 'new.person@example.org' }).first('password_hash');
    expect(hash.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('refuses a body over the configured limit with a clear 413 page', async () => {
    const { agent, csrf } = await signedIn(t, 'admin');
    const res = await agent.post('/admin/users').type('form').send({ _csrf: csrf, displayName: 'x'.repeat(10_000) }).expect(413);
    expect(res.text).toMatch(/more text than Crosscheck accepts/);
  });

  it('renders stored script in a user name as inert text', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const admin = await signedIn(t, 'admin');
    const { agent } = await signedIn(t, 'viewer', { displayName: payload });
    await makeCase(t.db, { title: payload });
    for (const page of [await agent.get('/'), await admin.agent.get('/admin/users')]) {
      expect(page.text).not.toContain('<script>alert(2)</script>');
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});

describe('user administration and the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.destroy());

  it('re-renders the new-user form with per-field messages and the values typed', async () => {
    const { agent, csrf } = await signedIn(t, 'admin');
    const res = await agent.post('/admin/users').type('form')
      .send({ _csrf: csrf, displayName: 'Bo Reviewer', email: 'not-an-email', role: 'overlord', password: 'x' })
      .expect(400);
    expect(res.text).toContain('Enter an email address like name@example.org.');
    expect(res.text).toContain('Choose a role.');
    expect(res.text).toContain('Use at least 12 characters.');
    expect(res.text).toContain('value="Bo Reviewer"');
    expect(res.text).toContain('value="not-an-email"');
  });

  it('changes a role, records it in the audit log, and refuses a stale version with 409', async () => {
    const admin = await signedIn(t, 'admin');
    const target = await signedIn(t, 'viewer', { displayName: 'Cleo Viewer' });
    await admin.agent.post(`/admin/users/${target.user.id}`).type('form').send({ _csrf: admin.csrf, version: target.user.version, role: 'reviewer' }).expect(303);
    const stale = await admin.agent.post(`/admin/users/${target.user.id}`).type('form').send({ _csrf: admin.csrf, version: target.user.version, role: 'editor' }).expect(409);
    expect(stale.text).toContain('was changed by someone else while you were editing');
    expect((await t.db('users').where({ id: target.user.id }).first()).role).toBe('reviewer');

    const audit = await admin.agent.get(`/admin/audit?user=${admin.user.id}&entity=user`).expect(200);
    expect(audit.text).toContain('update');
    expect(audit.text).toContain(`user ${target.user.id}`);
    const entry = await t.db('audit_log').where({ entity_type: 'user', entity_id: String(target.user.id), action: 'update' }).first();
    expect(entry.before.role).toBe('viewer');
    expect(entry.after.role).toBe('reviewer');
    expect(entry.user_id).toBe(admin.user.id);
    expect(entry.request_id).toBeTruthy();
    expect(JSON.stringify(entry)).not.toContain('password');
  });

  it('reads the signed-in user together with the session, and a role change applies at the next request', async () => {
    const admin = await signedIn(t, 'admin');
    const target = await signedIn(t, 'viewer');
    let userQueries = 0;
    const count = (q: { sql: string }) => void (/\bfrom "users"/i.test(q.sql) && userQueries++);
    t.db.on('query', count);
    try {
      await target.agent.get('/cases/new').expect(403);
    } finally {
      t.db.removeListener('query', count);
    }
    expect(userQueries).toBe(0);
    await admin.agent.post(`/admin/users/${target.user.id}`).type('form').send({ _csrf: admin.csrf, version: target.user.version, role: 'reviewer' }).expect(303);
    await target.agent.get('/cases/new').expect(200);
  });

  it('a disabled account is signed out at its next request', async () => {
    const admin = await signedIn(t, 'admin');
    const target = await signedIn(t, 'reviewer');
    await target.agent.get('/').expect(200);
    await admin.agent.post(`/admin/users/${target.user.id}`).type('form').send({ _csrf: admin.csrf, version: target.user.version, disabled: 'true' }).expect(303);
    await target.agent.get('/').expect(303);
    expect((await signInAs(t, target.user.email)).status).toBe(401);
  });

  it('filters the audit log by date', async () => {
    const { agent } = await signedIn(t, 'admin');
    const none = await agent.get('/admin/audit?to=2000-01-01').expect(200);
    expect(none.text).toContain('No entries match.');
    const today = new Date().toISOString().slice(0, 10);
    const some = await agent.get(`/admin/audit?from=${today}`).expect(200);
    expect(some.text).toContain('<table class="table audit">');
  });
});
