// `npm run migrate` / `npm run migrate:rollback`: apply or undo migrations on the
// configured database (DATABASE_URL, or the embedded one in DATA_DIR).
import { loadConfig } from '../server/config';
import { openDatabase } from './lib/database';
import { runMain } from './lib/run';

const HELP = `Usage: npm run migrate            apply every pending migration
       npm run migrate:rollback   undo the last batch of migrations
Uses DATABASE_URL, or the embedded database in DATA_DIR when it is unset.
`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const [command] = args;
  if (args.includes('--help') || args.includes('-h') || !command) {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command !== 'latest' && command !== 'rollback') {
    process.stderr.write(`Unknown command "${command}".\n${HELP}`);
    return 2;
  }
  const { db, close } = await openDatabase(loadConfig(), false);
  try {
    if (command === 'latest') {
      const [, names] = (await db.migrate.latest()) as [number, string[]];
      process.stdout.write(names.length ? `Applied:\n  ${names.join('\n  ')}\n` : 'Already up to date.\n');
    } else {
      const [, names] = (await db.migrate.rollback()) as [number, string[]];
      process.stdout.write(names.length ? `Rolled back:\n  ${names.join('\n  ')}\n` : 'Nothing to roll back.\n');
    }
    return 0;
  } finally {
    await close();
  }
}

runMain(main);
