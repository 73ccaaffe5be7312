// `npm run export -- --case ID|--dispute ID|--source ID --format FORMAT --out FILE [--drafts]`:
// writes a verdict report or data export to a file (or stdout with --out -), through the
// same service as the web routes. CSV and JSON stream, whatever the size of the case.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../server/config';
import { assertScopeExists, FORMATS, writeExport, type ExportSink } from '../server/services/export';
import { openDatabase } from './lib/database';
import { runMain } from './lib/run';

const HELP = `Usage: npm run export -- (--case ID | --dispute ID | --source ID) --format FORMAT --out FILE [--drafts]
FORMAT is one of: ${FORMATS.join(', ')}. --out - writes to standard output.
--drafts adds reviewers' draft (unpublished) verdicts to the HTML, PDF and Markdown reports.
Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the app first).
`;

const id = z.coerce.number().int().positive().max(2_147_483_647);
const argsSchema = z
  .object({ case: id.optional(), dispute: id.optional(), source: id.optional(), format: z.enum(FORMATS), out: z.string().min(1), drafts: z.boolean().default(false) })
  .refine((a) => [a.case, a.dispute, a.source].filter((x) => x !== undefined).length === 1, { message: 'name exactly one of --case, --dispute, --source' });

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      case: { type: 'string' }, dispute: { type: 'string' }, source: { type: 'string' }, format: { type: 'string' },
      out: { type: 'string' }, drafts: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n')}\n\n${HELP}`);
    return 2;
  }
  const a = parsed.data;
  const scope = a.case ? { type: 'case' as const, id: a.case } : a.dispute ? { type: 'dispute' as const, id: a.dispute } : { type: 'source' as const, id: a.source! };
  const config = loadConfig();
  const { db, close } = await openDatabase(config);
  try {
    // Before the file is created: a missing case leaves no empty file behind.
    await assertScopeExists(db, scope);
    const out = (a.out === '-' ? process.stdout : fs.createWriteStream(a.out)) as ExportSink;
    await writeExport(db, config, scope, a.format, out, { drafts: a.drafts });
    if (a.out !== '-') process.stderr.write(`Wrote ${a.format} export of ${scope.type} ${scope.id} to ${a.out}\n`);
    return 0;
  } finally {
    await close();
  }
}

runMain(main);
