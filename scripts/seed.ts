// `npm run seed -- --case "Name" FILE…`: seeds many article files into a case (created if
// it does not exist) through the same path as the web form. A file that fails is reported
// and skipped; the rest go on. A summary ends the run; the exit code is 1 if any failed.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import type { Knex } from 'knex';
import { loadConfig } from '../server/config';
import { extractAttributions } from '../server/engine';
import { HttpError } from '../server/errors';
import { articleText } from '../server/services/article-text';
import { seedArticle } from '../server/services/articles';
import { createCase } from '../server/services/cases';
import { openDatabase } from './lib/database';
import { runMain } from './lib/run';

const HELP = `Usage: npm run seed -- --case "CASE TITLE" [--publisher NAME] FILE...
Seeds each .txt or .html file as an article of the case (created when no case has that title).
The article title is the file's first line (for .txt) or its name. Files that fail are
reported and skipped. Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the app first).
`;

interface Summary {
  articles: number;
  duplicates: number;
  claims: number;
  newSources: number;
  failures: { file: string; reason: string }[];
}

async function findOrCreateCase(db: Knex, title: string): Promise<number> {
  const existing = await db('cases').first('id').where({ title }).orderBy('id');
  if (existing) return existing.id as number;
  return (await createCase(db, { title, description: '' }, { userId: null, requestId: 'cli' })).id;
}

/** Title from the file: the first non-empty line of a .txt (if short), else the file name. */
function titleOf(file: string, text: string): string {
  const first = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  if (path.extname(file).toLowerCase() === '.txt' && first.length > 0 && first.length <= 200) return first;
  return path.basename(file, path.extname(file)).slice(0, 500) || 'Untitled';
}

async function seedFile(db: Knex, caseId: number, file: string, publisher: string, summary: Summary): Promise<void> {
  const buffer = fs.readFileSync(file);
  const text = articleText('', { originalname: file, mimetype: '', buffer });
  const seeded = await seedArticle(
    db,
    { caseId, title: titleOf(file, text), publisher, url: null, publishedOn: null, text, userId: null, requestId: 'cli' },
    extractAttributions,
  );
  if (!seeded.created) summary.duplicates++;
  else {
    summary.articles++;
    summary.claims += seeded.counts.claims;
    summary.newSources += seeded.counts.newSources;
  }
}

async function main(): Promise<number> {
  const { values, positionals: files } = parseArgs({
    options: { case: { type: 'string' }, publisher: { type: 'string', default: '' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!values.case?.trim() || files.length === 0) {
    process.stderr.write(`Name a case and at least one file.\n\n${HELP}`);
    return 2;
  }
  const { db, close } = await openDatabase(loadConfig());
  const summary: Summary = { articles: 0, duplicates: 0, claims: 0, newSources: 0, failures: [] };
  // A live bar on a terminal; one line per file when the output is a log or a pipe.
  const tty = Boolean(process.stderr.isTTY);
  const bar = new SingleBar({ format: 'Seeding [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let done = 0;
  try {
    const caseId = await findOrCreateCase(db, values.case.trim());
    if (tty) bar.start(files.length, 0, { file: '' });
    for (const file of files) {
      if (tty) bar.update({ file: path.basename(file) });
      else process.stderr.write(`Seeding [${++done}/${files.length}] ${path.basename(file)}\n`);
      try {
        await seedFile(db, caseId, file, values.publisher ?? '', summary);
      } catch (err) {
        const reason = err instanceof HttpError ? Object.values(err.fields).join(' ') || err.message : err instanceof Error ? err.message : String(err);
        summary.failures.push({ file, reason });
      }
      if (tty) bar.increment();
    }
    if (tty) bar.stop();
    process.stdout.write(
      `Case ${caseId} "${values.case.trim()}": ${summary.articles} articles seeded, ${summary.duplicates} already there, ` +
        `${summary.claims} claims, ${summary.newSources} new sources, ${summary.failures.length} failed.\n`,
    );
    for (const f of summary.failures) process.stdout.write(`  failed: ${f.file}: ${f.reason}\n`);
    return summary.failures.length ? 1 : 0;
  } finally {
    if (tty) bar.stop();
    await close();
  }
}

runMain(main);
