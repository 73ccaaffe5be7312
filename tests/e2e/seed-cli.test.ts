// `npm run seed` as a user runs it (the built script), against this file's schema.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runScript } from '../support/cli';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-seed-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.destroy();
});

const run = (args: string[]) => runScript('seed', t, args);

describe('npm run seed', () => {
  it('seeds every good file, reports and skips the bad ones, and sums up', async () => {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.html');
    const bad = path.join(dir, 'c.txt');
    fs.writeFileSync(a, 'Convoy hit in Aleppo\n\nThe ministry said 126 people were killed, state media reported.\n');
    fs.writeFileSync(b, '<h1>Blast toll</h1><p>Rebels said the government was responsible, according to an opposition spokesman.</p>');
    fs.writeFileSync(bad, Buffer.from([0xff, 0xfe, 0xfd]));
    const r = await run(['--case', 'Aleppo convoy', a, b, bad, path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/2 articles seeded, 0 already there, \d+ claims, \d+ new sources, 2 failed/);
    expect(r.out).toContain('failed: ' + bad);
    expect(r.out).toMatch(/missing\.txt: ENOENT/);
    expect(r.err).toMatch(/Seeding \[/);
    const kase = await t.db('cases').where({ title: 'Aleppo convoy' }).first();
    const titles = await t.db('articles').where({ case_id: kase.id }).orderBy('id').pluck('title');
    expect(titles).toEqual(['Convoy hit in Aleppo', 'b']);
    expect(Number((await t.db('claims').count({ n: '*' }).first())?.n)).toBeGreaterThan(0);

    const again = await run(['--case', 'Aleppo convoy', a]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 articles seeded, 1 already there/);
  });

  it('explains its usage when the case or files are missing', async () => {
    const r = await run(['--case', 'X']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: npm run seed');
  });
});
