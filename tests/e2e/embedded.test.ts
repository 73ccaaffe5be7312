// The real entry point (dist/server/main.js, built by `npm test`) on the embedded
// database: first start from an empty folder, clean stop, restart with the data kept.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';

const MAIN = path.join(PROJECT_ROOT, 'dist', 'server', 'main.js');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the app with no DATABASE_URL and resolves with the URL it prints. */
function startApp(dataDir: string): Promise<Started> {
  // Development mode: production cookies are Secure, which plain-HTTP fetch here would never send back.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', SESSION_SECRET: 's'.repeat(40),
  };
  const child = spawn(process.execPath, [MAIN], { env, cwd: os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${out}`)), 45_000);
    child.on('exit', (code) => reject(new Error(`app exited with ${code}:\n${out}`)));
    child.stdout?.on('data', () => {
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out });
      }
    });
  });
}

function stopApp(s: Started): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.removeAllListeners('exit');
    s.child.once('exit', (code) => resolve(code));
    s.child.kill('SIGTERM');
  });
}

const caseRows = (html: string) => [...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
const PASSWORD = 'embedded mode password';

/** A tiny cookie-keeping browser over fetch (no redirects followed). */
function browser(base: string) {
  let cookie = '';
  const go = async (path: string, form?: Record<string, string>) => {
    const res = await fetch(new URL(path, base), {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('crosscheck.sid='));
    if (set) cookie = set.split(';')[0]!;
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { go, csrf };
}

describe('embedded mode (no DATABASE_URL)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-embedded-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts from an empty folder with the demo case, stops cleanly, and keeps its data on restart', async () => {
    expect(fs.existsSync(MAIN)).toBe(true);

    const first = await startApp(dataDir);
    const health = await fetch(new URL('/healthz', first.url));
    expect(health.status).toBe(200);
    // No account yet: the first visit goes to "create the first admin".
    const b1 = browser(first.url);
    expect((await b1.go('/')).location).toBe('/setup');
    const setup = await b1.go('/setup');
    const created = await b1.go('/setup', { _csrf: b1.csrf(setup.text), displayName: 'First Admin', email: 'admin@example.org', password: PASSWORD, confirm: PASSWORD });
    expect(created.status).toBe(303);
    const home1 = (await b1.go('/')).text;
    expect(home1).toContain('Babylon strike');
    const stamps1 = caseRows(home1);
    expect(stamps1).toHaveLength(2); // the two demo cases: Babylon strike and the Aleppo bus convoy
    expect(await stopApp(first)).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'pglite')).length).toBeGreaterThan(0);

    const second = await startApp(dataDir);
    const b2 = browser(second.url);
    expect((await b2.go('/setup')).status).toBe(404); // the account survived
    const login = await b2.go('/login');
    expect((await b2.go('/login', { _csrf: b2.csrf(login.text), email: 'admin@example.org', password: PASSWORD })).status).toBe(303);
    const home2 = (await b2.go('/')).text;
    // Same demo cases, same creation times: the data survived and nothing was re-seeded.
    expect(caseRows(home2)).toEqual(stamps1);
    expect(await stopApp(second)).toBe(0);
  }, 120_000);

  it('exits 1 with a clear message on an invalid setting', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, PORT: 'not-a-port' }, cwd: os.tmpdir() });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/Invalid configuration/);
    expect(err).toMatch(/PORT="not-a-port"/);
  });
});
