// Print what the attribution engine finds in one text file, grouped by source entity,
// for eyeballing the engine on an article. --json prints the raw ExtractionResult.
//   npm run extract -- FILE.txt [--json] [--publisher NAME]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../server/engine/index';
import type { Attribution, ExtractionResult, SourceEntity, Span } from '../server/engine/types';

const USAGE = `usage: npm run extract -- FILE.txt|- [--json] [--publisher NAME]

Runs extractAttributions on the text of FILE.txt ("-" reads standard input) and prints the
attributions grouped by source entity: the entity's name and kind, then each attribution
as source → cue → content with its mode, hedges and confidence.

options:
  --json             print the ExtractionResult as JSON (UTF-16 offsets) instead
  --publisher NAME   name of the publishing outlet, passed to the engine
  --help             print this help`;

interface Args {
  file: string;
  json: boolean;
  publisher?: string;
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let json = false;
  let publisher: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--publisher' || arg.startsWith('--publisher=')) {
      publisher = arg === '--publisher' ? argv[++i] : arg.slice('--publisher='.length);
      if (!publisher) fail('--publisher needs a name');
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`unexpected argument ${arg} (only one file)`);
    }
  }
  if (!file) fail('missing FILE.txt (or - for standard input)');
  return { file, json, publisher };
}

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : path.resolve(file), 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
}

/** The text of a role, parts joined by " … ", whitespace collapsed. */
function roleText(text: string, spans: Span[]): string {
  if (!spans.length) return '∅';
  return spans.map(([s, e]) => text.slice(s, e).replace(/\s+/gu, ' ')).join(' … ');
}

function formatAttribution(text: string, a: Attribution): string[] {
  const hedges = a.hedges.length ? a.hedges.map((h) => `"${h.text}"`).join(', ') : 'none';
  const at = a.content[0] ? `, at offset ${a.content[0][0]}` : '';
  return [
    `  • [${a.mode}${a.publisher ? ', publisher' : ''}] ${roleText(text, a.source)} → ${roleText(text, a.cue)} → ${roleText(text, a.content)}`,
    `      hedges: ${hedges}; confidence ${a.confidence.toFixed(2)}${at}`,
  ];
}

function entityHeading(e: SourceEntity): string {
  const extra = [e.kind, e.named ? 'named' : 'unnamed', `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`];
  const descriptors = e.descriptors.length ? `; ${e.descriptors.join('; ')}` : '';
  return `${e.name} (${extra.join(', ')})${descriptors} [${e.id}]`;
}

/** Human-readable listing, one block per entity, then unattributed and publisher claims. */
function formatResult(text: string, result: ExtractionResult): string[] {
  const lines = [`engine ${result.version}: ${result.attributions.length} attributions, ${result.entities.length} entities`];
  const byEntity = new Map<string | null, Attribution[]>();
  for (const a of result.attributions) {
    const key = a.publisher ? '\u0000publisher' : a.entityId;
    byEntity.set(key, [...(byEntity.get(key) ?? []), a]);
  }
  for (const e of result.entities) {
    lines.push('', entityHeading(e));
    const atts = byEntity.get(e.id) ?? [];
    if (!atts.length) lines.push('  (no attributions)');
    for (const a of atts) lines.push(...formatAttribution(text, a));
  }
  const known = new Set(result.entities.map((e) => e.id));
  const orphans = [...byEntity].filter(([k]) => k !== null && k !== '\u0000publisher' && !known.has(k));
  for (const [k, atts] of orphans) {
    lines.push('', `unknown entity ${k} (not in entities!)`);
    for (const a of atts) lines.push(...formatAttribution(text, a));
  }
  for (const [key, title] of [[null, 'No stated source'], ['\u0000publisher', 'Publisher statements']] as const) {
    const atts = byEntity.get(key) ?? [];
    if (!atts.length) continue;
    lines.push('', title);
    for (const a of atts) lines.push(...formatAttribution(text, a));
  }
  return lines;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const text = readText(args.file);
  const result = extractAttributions(text, args.publisher ? { publisher: args.publisher } : {});
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else for (const line of formatResult(text, result)) console.log(line);
}

main();
