// Runs a built command-line script (dist/scripts/NAME.js) as a user would, against a
// test schema (PGOPTIONS puts its connections there).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';
import type { TestDb } from './db';

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `dist/scripts/<name>.js args…` with `stdin` piped in; resolves when it exits. */
export function runScript(name: string, t: TestDb, args: string[], stdin = ''): Promise<CliResult> {
  const env = { PATH: process.env.PATH, DATABASE_URL: t.url, PGOPTIONS: `-c search_path=${t.schema}` };
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'scripts', `${name}.js`), ...args], { env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}
