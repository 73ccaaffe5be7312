// An unexpected error leaves the process in an unknown state: it must be logged and the
// process must exit non-zero, so a supervisor (systemd, Kubernetes, pm2) starts a clean one.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';
import { createEmptyTestDb, type TestDb } from '../support/db';

// The app under test works in its own empty schema, never in the database's public one.
let t: TestDb;
beforeAll(async () => {
  t = await createEmptyTestDb();
});
afterAll(async () => t.destroy());

const MAIN = path.join(PROJECT_ROOT, 'dist', 'server', 'main.js');

function runWithFault(kind: 'throw' | 'reject'): Promise<{ code: number | null; out: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-fault-'));
  // Preloaded before the app: fails once the server is listening.
  const fault = path.join(dir, 'fault.js');
  fs.writeFileSync(
    fault,
    `const write = process.stdout.write.bind(process.stdout);
     process.stdout.write = (chunk, ...rest) => {
       if (String(chunk).includes('running at')) setTimeout(() => { ${kind === 'throw' ? "throw new Error('boom from a timer')" : "Promise.reject(new Error('boom from a promise'))"}; }, 50);
       return write(chunk, ...rest);
     };`,
  );
  // On the embedded test database (one shared session) the child starts its own PGlite in `dir`.
  const db = process.env.CROSSCHECK_TEST_EMBEDDED === '1' ? {} : { DATABASE_URL: t.url, PGOPTIONS: `-c search_path=${t.schema}` };
  const env = { PATH: process.env.PATH, ...db, PORT: '0', DEMO_SEED: 'false', DATA_DIR: dir, LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, ['--require', fault, MAIN], { env });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ code, out });
    }),
  );
}

describe('process health', () => {
  it.each([
    ['an uncaught exception', 'throw', 'uncaught exception', 'boom from a timer'],
    ['an unhandled rejection', 'reject', 'unhandled rejection', 'boom from a promise'],
  ] as const)('logs %s and exits 1', async (_label, kind, msg, detail) => {
    const r = await runWithFault(kind);
    expect(r.code).toBe(1);
    const fatal = r.out.split('\n').find((l) => l.includes(`"msg":"${msg}"`));
    expect(fatal).toBeDefined();
    expect(JSON.parse(fatal!)).toMatchObject({ level: 60, err: { message: detail } });
  }, 60_000);
});
