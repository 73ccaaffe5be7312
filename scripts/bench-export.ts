// `npm run bench:export [-- --claims 100000 --batch ROWS]`: seeds a case with that many claims in a
// throw-away schema of DATABASE_URL (created and dropped here, never touching real
// data), exports it as CSV and JSON into a discarding sink, and reports rows/s and peak
// RSS. The last line is machine-readable: export_rows_per_s=… (the slower format).
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createDb, migrateLatest } from '../db/connection';
import { seedBenchCase } from '../db/bench-seed';
import { loadConfig } from '../server/config';
import { writeExport, type ExportFormat, type ExportSink } from '../server/services/export';
import { runMain } from './lib/run';

/** A sink that counts and drops what it is given, like /dev/null. */
function nullSink(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      sink.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { claims: { type: 'string', default: '100000' }, batch: { type: 'string' } } });
  const total = Number(values.claims);
  const config = loadConfig();
  if (!config.databaseUrl) {
    process.stderr.write('bench:export needs DATABASE_URL (a PostgreSQL server); it works in its own schema and drops it.\n');
    return 2;
  }
  const schema = `bench_export_${crypto.randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: config.databaseUrl, poolMax: 1 });
  await admin.raw('create schema ??', [schema]);
  const db = createDb({ url: config.databaseUrl, poolMax: 3, schema });
  try {
    await migrateLatest(db);
    const perArticle = 100;
    const t0 = performance.now();
    const caseId = await seedBenchCase(db, Math.ceil(total / perArticle), perArticle);
    process.stdout.write(`seeded ${Math.ceil(total / perArticle) * perArticle} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s (peak RSS so far ${rssMb()} MB)\n`);
    const rates: number[] = [];
    for (const format of ['csv', 'json'] as ExportFormat[]) {
      const sink = nullSink();
      const start = performance.now();
      await writeExport(db, config, { type: 'case', id: caseId }, format, sink as unknown as ExportSink, { drafts: false, batchSize: values.batch ? Number(values.batch) : undefined });
      const seconds = (performance.now() - start) / 1000;
      const rate = total / seconds;
      rates.push(rate);
      process.stdout.write(`${format}: ${total} claims, ${(sink.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s = ${Math.round(rate)} rows/s; peak RSS ${rssMb()} MB\n`);
    }
    process.stdout.write(`peak_rss_mb=${rssMb()}\nexport_rows_per_s=${Math.round(Math.min(...rates))}\n`);
    return 0;
  } finally {
    await db.destroy();
    await admin.raw('drop schema ?? cascade', [schema]);
    await admin.destroy();
  }
}

runMain(main, { stack: true });
