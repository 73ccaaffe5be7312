// Search latency benchmark: seeds a throw-away schema with a realistic registry (2,000
// articles, 100,000 claims, 3,000 sources, generated news-like text: no corpus text),
// runs ANALYZE, then times ~200 realistic queries through the same functions the search
// page uses. It only ever writes inside its own schema and drops it at the end.
//   DATABASE_URL=postgres://… npm run bench:search [-- --claims N --queries N]
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createDb, migrateLatest, type Db } from '../db/connection';
import { searchArticles, searchClaims, searchSources } from '../db/search';
import { ConfigError, loadConfig } from '../server/config';
import { RESULTS_PER_SECTION, searchEverything } from '../server/services/search';
import { makeCorpus, makeQueries, type Corpus } from './lib/bench-text';

const USAGE = `usage: DATABASE_URL=postgres://… npm run bench:search [-- --claims N --queries N --seed N --keep]

Creates a schema bench_search_<random> on DATABASE_URL (never the app's own tables),
seeds it (default 100000 claims in 2000 articles, 3000 sources), runs ANALYZE, times each
query once as warm-up and once for real per section and overall (the three sections in
parallel, as the page runs them), prints p50/p95/p99 in ms and drops the schema. The last
line is search_p95_ms=N (overall). --keep leaves the schema in place for EXPLAIN.`;

function fail(message: string): never {
  process.stderr.write(`bench-search: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(1);

/** Inserts rows in chunks small enough for PostgreSQL's 65,535 parameters. */
async function insertChunked(db: Db, table: string, rows: object[], returning?: string): Promise<{ id: number }[]> {
  const out: { id: number }[] = [];
  const width = Object.keys(rows[0] ?? {}).length || 1;
  const size = Math.floor(60000 / width);
  for (let i = 0; i < rows.length; i += size) {
    const q = db(table).insert(rows.slice(i, i + size));
    if (returning) out.push(...((await q.returning(returning)) as { id: number }[]));
    else await q;
  }
  return out;
}

async function seed(db: Db, corpus: Corpus): Promise<void> {
  const cases = await insertChunked(db, 'cases', corpus.cases.map((title) => ({ title })), 'id');
  const sources = await insertChunked(
    db, 'source_entities',
    corpus.sources.map(({ caseIndex, ...s }) => ({ ...s, case_id: caseIndex === null ? null : cases[caseIndex]!.id })),
    'id',
  );
  await insertChunked(db, 'source_aliases', corpus.aliases.map(({ sourceIndex, ...a }) => ({ ...a, source_id: sources[sourceIndex]!.id })));
  const articles = await insertChunked(
    db, 'articles',
    corpus.articles.map(({ caseIndex, ...a }) => ({ ...a, case_id: cases[caseIndex]!.id, content_hash: crypto.createHash('sha256').update(a.body).digest('hex') })),
    'id',
  );
  await insertChunked(
    db, 'claims',
    corpus.claims.map((c) => ({
      article_id: articles[c.articleIndex]!.id, source_id: c.sourceIndex === null ? null : sources[c.sourceIndex]!.id,
      span_start: c.start, span_end: c.end, content_spans: JSON.stringify([{ start: c.start, end: c.end }]),
      quote_exact: c.content, content: c.content, cue: c.cue, mode: c.mode, origin: 'extracted', review_status: c.status,
    })),
  );
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { claims: { type: 'string' }, queries: { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  let url: string | undefined;
  try {
    url = loadConfig().databaseUrl;
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err));
  }
  if (!url) fail('DATABASE_URL is required: the benchmark needs a real PostgreSQL server (it creates and drops its own schema there).');
  const claims = Number(values.claims ?? 100_000);
  const queryCount = Number(values.queries ?? 200);
  if (!Number.isInteger(claims) || claims < 1000 || claims > 2_000_000) fail('--claims must be a whole number from 1000 to 2000000');
  if (!Number.isInteger(queryCount) || queryCount < 10 || queryCount > 5000) fail('--queries must be a whole number from 10 to 5000');

  const schema = `bench_search_${crypto.randomBytes(5).toString('hex')}`;
  const admin = createDb({ url, poolMax: 1 });
  await admin.raw('create schema ??', [schema]);
  const db = createDb({ url, poolMax: 4, schema });
  // Ctrl-C mid-seed should not leave 100k rows behind.
  process.once('SIGINT', () => {
    process.stderr.write(`bench-search: interrupted, dropping ${schema}\n`);
    void db.destroy().then(() => admin.raw('drop schema ?? cascade', [schema])).then(
      () => process.exit(130),
      (err: unknown) => {
        process.stderr.write(`bench-search: could not drop ${schema}: ${String(err)}\n`);
        process.exit(130);
      },
    );
  });
  try {
    const t0 = performance.now();
    await migrateLatest(db);
    const corpus = makeCorpus({ claims, articles: Math.round(claims / 50), sources: Math.round(claims * 0.03), seed: Number(values.seed ?? 1) });
    await seed(db, corpus);
    await db.raw('analyze');
    const version = ((await db.raw('show server_version')) as { rows: { server_version: string }[] }).rows[0]!.server_version;
    process.stdout.write(
      `seeded ${corpus.articles.length} articles, ${corpus.claims.length} claims, ${corpus.sources.length} sources, ` +
        `${corpus.aliases.length} aliases into ${schema} on PostgreSQL ${version} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );

    const queries = makeQueries(corpus, queryCount, Number(values.seed ?? 1));
    const sections = {
      articles: (q: string) => searchArticles(db, q, RESULTS_PER_SECTION.articles),
      claims: (q: string) => searchClaims(db, q, RESULTS_PER_SECTION.claims),
      sources: (q: string) => searchSources(db, q, RESULTS_PER_SECTION.sources),
      overall: (q: string) => searchEverything(db, q),
    };
    for (const q of queries) await searchEverything(db, q); // warm-up: caches, plans
    const timings: Record<string, number[]> = {};
    const slowest: { q: string; ms: number }[] = [];
    for (const [name, run] of Object.entries(sections)) {
      timings[name] = [];
      for (const q of queries) {
        const took = await time(() => run(q));
        timings[name]!.push(took);
        if (name === 'overall') slowest.push({ q, ms: took });
      }
    }
    let hits = 0;
    for (const q of queries.slice(0, 50)) {
      const r = await searchEverything(db, q);
      if (r.articles.total + r.claims.total + r.sources.total > 0) hits++;
    }
    process.stdout.write(`${queries.length} queries (${hits}/50 sampled have results); ms per query, one at a time:\n`);
    process.stdout.write('section     p50     p95     p99     max\n');
    for (const [name, list] of Object.entries(timings)) {
      const s = [...list].sort((a, b) => a - b);
      process.stdout.write(`${name.padEnd(9)} ${[50, 95, 99].map((p) => ms(pct(s, p)).padStart(7)).join(' ')} ${ms(s[s.length - 1]!).padStart(7)}\n`);
    }
    slowest.sort((a, b) => b.ms - a.ms);
    process.stdout.write(`slowest: ${slowest.slice(0, 5).map((x) => `${JSON.stringify(x.q)} ${ms(x.ms)}`).join(', ')}\n`);
    const overall = [...timings.overall!].sort((a, b) => a - b);
    process.stdout.write(`search_p95_ms=${ms(pct(overall, 95))}\n`);
  } finally {
    await db.destroy();
    if (values.keep) process.stdout.write(`kept schema ${schema} (drop it with: drop schema ${schema} cascade)\n`);
    else await admin.raw('drop schema ?? cascade', [schema]);
    await admin.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-search: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
