// Reading a JSON-lines corpus or gold file for the engine's commands.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Each non-blank line of `file` parsed as JSON; `fail` reports an unreadable file or line (and exits). */
export function readJsonLines(file: string, fail: (message: string) => never): { line: number; doc: unknown }[] {
  let raw: string;
  try {
    raw = readFileSync(path.resolve(file), 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  const out: { line: number; doc: unknown }[] = [];
  raw.split('\n').forEach((text, k) => {
    if (!text.trim()) return;
    try {
      out.push({ line: k + 1, doc: JSON.parse(text) });
    } catch {
      fail(`${file}:${k + 1}: not valid JSON`);
    }
  });
  return out;
}
