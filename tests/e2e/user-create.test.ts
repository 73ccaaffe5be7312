// `npm run user:create` as a user runs it (the built script), against this file's schema.
import { verifyPassword } from '../../server/auth/passwords';
import { runScript } from '../support/cli';
import { createTestDb, type TestDb } from '../support/db';


let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

const run = (args: string[], stdin: string) => runScript('user-create', t, args, stdin);

describe('npm run user:create', () => {
  it('creates an account with the password read from standard input', async () => {
    const r = await run(['--email', 'Dana@Example.org', '--name', 'Dana Desk', '--role', 'editor'], 'a long enough password\n');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Created editor Dana Desk <dana@example.org>/);
    const row = await t.db('users').where({ email: 'dana@example.org' }).first();
    expect(row.role).toBe('editor');
    expect(await verifyPassword('a long enough password', row.password_hash)).toBe(true);
    expect((await t.db('audit_log').where({ entity_type: 'user', entity_id: String(row.id) }).first()).request_id).toBe('cli');
  });

  it('refuses a weak password or an unknown role with exit code 2 and says why', async () => {
    const r = await run(['--email', 'e@example.org', '--name', 'E', '--role', 'owner'], 'short\n');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/role: Choose a role/);
    expect(r.err).toMatch(/password: Use at least 12 characters/);
    expect(await t.db('users').where({ email: 'e@example.org' }).first()).toBeUndefined();
  });

  it('refuses a taken email', async () => {
    const r = await run(['--email', 'dana@example.org', '--name', 'Dup', '--role', 'viewer'], 'another long password\n');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists/);
  });
});
