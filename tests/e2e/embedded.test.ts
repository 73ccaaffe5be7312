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
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
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

describe('embedded mode (no DATABASE_URL)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-embedded-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts from an empty folder with the demo case, stops cleanly, and keeps its data on restart', async () => {
    expect(fs.existsSync(MAIN)).toBe(true);

    const first = await startApp(dataDir);
    const home1 = await (await fetch(first.url)).text();
    expect(home1).toContain('Babylon strike');
    const health = await fetch(new URL('/healthz', first.url));
    expect(health.status).toBe(200);
    const stamps1 = caseRows(home1);
    expect(stamps1).toHaveLength(1);
    expect(await stopApp(first)).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'pglite')).length).toBeGreaterThan(0);

    const second = await startApp(dataDir);
    const home2 = await (await fetch(second.url)).text();
    // Same single case, same creation time: the data survived and nothing was re-seeded.
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
