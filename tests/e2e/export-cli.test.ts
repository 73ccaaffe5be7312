// `npm run export` and `npm run import` as a user runs them (the built scripts), each
// against its own schema: export a case to files, import the JSON into another database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';
import { createTestDb, type TestDb } from '../support/db';
import { makeReportFixture, type ReportFixture } from '../support/report-fixtures';

const script = (name: string) => path.join(PROJECT_ROOT, 'dist', 'scripts', `${name}.js`);
let from: TestDb;
let to: TestDb;
let f: ReportFixture;
let dir: string;
beforeAll(async () => {
  // One after the other: on PGlite (one session) concurrent migrations would interleave.
  from = await createTestDb();
  to = await createTestDb();
  f = await makeReportFixture(from.db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-export-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await from?.destroy();
  await to?.destroy();
});

function run(name: string, args: string[], t: TestDb): Promise<{ code: number | null; out: string; err: string }> {
  const env = { PATH: process.env.PATH, DATABASE_URL: t.url, PGOPTIONS: `-c search_path=${t.schema}` };
  const child = spawn(process.execPath, [script(name), ...args], { env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

describe('npm run export / import', () => {
  it('writes each format to a file, and the JSON imports into another database', async () => {
    for (const format of ['html', 'pdf', 'md', 'csv', 'json', 'claimreview']) {
      const out = path.join(dir, `case.${format}`);
      const r = await run('export', ['--case', String(f.caseId), '--format', format, '--out', out], from);
      expect([format, r.code, r.err]).toEqual([format, 0, expect.stringContaining('Wrote')]);
      expect(fs.statSync(out).size).toBeGreaterThan(100);
    }
    const r = await run('import', [path.join(dir, 'case.json')], to);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Imported .*: 1 case\(s\) \(id \d+\), 1 articles \(0 duplicates skipped\), .* 2 disputes, 6 verdicts\./);
    expect(r.code).toBe(0);
  });

  it('adds draft verdicts with --drafts', async () => {
    const r = await run('export', ['--dispute', String(f.open.id), '--format', 'md', '--out', '-', '--drafts'], from);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Draft verdict');
  });

  it('explains bad arguments and refuses a file that is not an export', async () => {
    const both = await run('export', ['--case', '1', '--dispute', '1', '--format', 'csv', '--out', '-'], from);
    expect(both.code).toBe(2);
    expect(both.err).toContain('name exactly one of --case, --dispute, --source');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ schemaVersion: 99 }));
    const r = await run('import', [bad], to);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Cannot import: The file has schemaVersion 99, newer than/);
  });

  it('answers a missing case with a message, not a stack trace', async () => {
    const r = await run('export', ['--case', '999999', '--format', 'csv', '--out', path.join(dir, 'x.csv')], from);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('Case not found.');
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
  });
});
