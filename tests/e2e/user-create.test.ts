// `npm run user:create` as a user runs it (the built script), against this file's schema.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';
import { verifyPassword } from '../../server/auth/passwords';
import { createTestDb, type TestDb } from '../support/db';

const SCRIPT = path.join(PROJECT_ROOT, 'dist', 'scripts', 'user-create.js');

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

function run(args: string[], stdin: string): Promise<{ code: number | null; out: string; err: string }> {
  // PGOPTIONS puts the script's connections in this test's schema.
  const env = { PATH: process.env.PATH, DATABASE_URL: t.url, PGOPTIONS: `-c search_path=${t.schema}` };
  const child = spawn(process.execPath, [SCRIPT, ...args], { env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

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
