// `npm run import -- FILE.json`: loads a Crosscheck JSON export into the configured
// database, in one transaction (all of it, or nothing). Every row gets a new id.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { importExport, ImportError, parseExportDocument } from '../server/services/import';
import { openDatabase } from './lib/database';
import { runMain } from './lib/run';

const HELP = `Usage: npm run import -- FILE.json
Imports a JSON export (npm run export -- --format json) as new case(s). Named sources are
matched to the registry by name and kind; reviewers by e-mail (missing ones are created
disabled). Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the app first).
`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`Name one JSON file.\n\n${HELP}`);
    return 2;
  }
  const file = positionals[0]!;
  if (!fs.existsSync(file)) {
    process.stderr.write(`No such file: ${file}\n`);
    return 2;
  }
  // Checked before the database is opened: a bad file never touches it.
  const doc = parseExportDocument(fs.readFileSync(file, 'utf8'));
  const { db, close } = await openDatabase(loadConfig());
  try {
    const r = await importExport(db, doc);
    process.stdout.write(
      `Imported ${file}: ${r.cases} case(s) (id ${r.caseIds.join(', ')}), ${r.articles} articles (${r.duplicateArticles} duplicates skipped), ` +
        `${r.sources} new sources, ${r.matchedSources} matched to the registry, ${r.claims} claims, ${r.disputes} disputes, ${r.verdicts} verdicts.\n`,
    );
    return 0;
  } finally {
    await close();
  }
}

runMain(main, { message: (err) => (err instanceof ImportError ? `Cannot import: ${err.message}` : undefined) });
