// Runs an export into memory, for tests (set REPORT_OUT_DIR to also keep the files for
// looking at: screenshots, pdftoppm).
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Knex } from 'knex';
import type { Config } from '../../server/config';
import type { ExportScope } from '../../db/reports';
import { exportFileName, writeExport, type ExportFormat } from '../../server/services/export';

/** The bytes of an export of `scope` in `format`. */
export async function exportBytes(db: Knex, config: Config, scope: ExportScope, format: ExportFormat, opts: { drafts?: boolean; batchSize?: number; label?: string } = {}): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  await writeExport(db, config, scope, format, sink, { drafts: opts.drafts ?? false, now: new Date('2026-11-26T12:00:00Z'), batchSize: opts.batchSize });
  const bytes = Buffer.concat(chunks);
  const dir = process.env.REPORT_OUT_DIR;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${opts.label ?? ''}${exportFileName(scope, format)}`), bytes);
  }
  return bytes;
}
