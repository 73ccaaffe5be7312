// `npm run bench:pages`: seeds a realistic case in a throw-away schema (200 articles,
// ~5,000 claims, 50 disputes, one board of 60 claims), serves the real app, and drives
// the dispute board, article, case and search pages with autocannon at 10 concurrent
// signed-in clients, next to a bare express + EJS route rendering the same board from
// memory. Prints requests/s, p50/p99, queries per request, the ratio to the bare route, the
// server's CPU time per request and, when PostgreSQL runs on the same machine, the database
// server's.
// `--soak SECONDS` then keeps the board under load and reports RSS and heap at start and
// end (after a full collection when node runs with --expose-gc).
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs, promisify } from 'node:util';
import type autocannon from 'autocannon';
import express from 'express';
import { createDb, migrateLatest, type Db } from '../db/connection';
import { loadConfig } from '../server/config';
import { createApp } from '../server/app';
import { extractAttributions } from '../server/engine';
import { createLogger } from '../server/logger';
import { loadBoard } from '../server/services/board';
import { seedArticle } from '../server/services/articles';
import { createUser } from '../server/services/users';
import { createSessions } from '../server/sessions';
import { configureViews } from '../server/views';
import * as GRADES from '../server/domain/grades';
import { APP_VERSION } from '../server/version';
import { runMain } from './lib/run';

const HELP = `Usage: DATABASE_URL=postgres://… npm run bench:pages -- [--duration S] [--connections N] [--pages LIST] [--soak S] [--dump DIR]
Seeds its own schema on DATABASE_URL (dropped at the end), then load-tests the pages.
  --pages LIST  comma-separated subset of board,article,case,search (default: all)
  --keep        keep the seeded schema (its name is printed) for EXPLAIN and the like
  --soak S      then keep the board under load for S seconds and report memory; run node
                with --expose-gc (node --expose-gc dist/scripts/bench-pages.js …) for
                figures taken after a full collection
`;

const PROXY = { 'x-forwarded-proto': 'https' };
const run = promisify(execFile);

const PLACES = ['Aleppo', 'Homs', 'Idlib', 'Hasakeh', 'Deir ez-Zor', 'Raqqa', 'Daraa', 'Hama', 'Latakia', 'Palmyra'];
const SPEAKERS = ['the health ministry', 'a security source', 'the Syrian Observatory', 'state media', 'a rebel spokesman', 'the civil defence', 'a US official', 'the governor', 'witnesses', 'the army'];
const CUES = ['said', 'told reporters', 'claimed', 'denied that', 'confirmed that', 'reported that'];

/** A news-like article of about 25 attributions. */
function articleText(i: number): string {
  const lines: string[] = [];
  for (let k = 0; k < 25; k++) {
    const who = SPEAKERS[(i + k) % SPEAKERS.length]!;
    const where = PLACES[(i * 3 + k) % PLACES.length]!;
    const n = ((i * 7 + k * 13) % 90) + 2;
    const cue = CUES[(i + k * 5) % CUES.length]!;
    lines.push(k % 3 === 0
      ? `"${n} people were killed when the market in ${where} was hit," ${who} ${cue.split(' ')[0]}.`
      : `${who[0]!.toUpperCase()}${who.slice(1)} ${cue} ${n} civilians died in ${where} on day ${i}.`);
  }
  return lines.join('\n');
}

async function seed(db: Db, admin: number): Promise<{ caseId: number; articleId: number; boardId: number }> {
  const [kase] = await db('cases').insert({ title: 'Bench case', description: 'Generated', created_by: admin }).returning('id');
  const caseId = kase.id as number;
  let articleId = 0;
  for (let i = 0; i < 200; i++) {
    const r = await seedArticle(db, { caseId, title: `Report ${i}`, publisher: 'Wire', url: null, publishedOn: null, text: articleText(i), userId: admin }, extractAttributions);
    articleId ||= r.article.id;
  }
  const claimIds = (await db('claims as c').join('articles as a', 'a.id', 'c.article_id').where('a.case_id', caseId).orderBy('c.id').pluck('c.id')) as number[];
  let boardId = 0;
  for (let d = 0; d < 50; d++) {
    const [dispute] = await db('disputes').insert({ case_id: caseId, question: `How many died in ${PLACES[d % PLACES.length]} (${d})?`, created_by: admin }).returning('id');
    const positions = (await db('positions')
      .insert([0, 1, 2].map((p) => ({ dispute_id: dispute.id, label: `Position ${p + 1}`, ordinal: p })))
      .returning('id')) as { id: number }[];
    const size = d === 0 ? 60 : 12;
    const picked = claimIds.slice(d * 60, d * 60 + size);
    await db('claim_placements').insert(picked.map((claimId, k) => ({ dispute_id: dispute.id, position_id: positions[k % 3]!.id, claim_id: claimId, ordinal: k })));
    boardId ||= dispute.id;
  }
  return { caseId, articleId, boardId };
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${base}/login`, { redirect: 'manual', headers: PROXY });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())?.[1] ?? '';
  const res = await fetch(`${base}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { ...PROXY, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (res.status !== 303 || !session) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}

const AUTOCANNON = require.resolve('autocannon/autocannon.js');

/** Drives `url` for `duration` seconds from a separate autocannon process, so the load
 * generator neither shares the server's thread nor counts in this process's CPU time:
 * `cpuMs` is the server's CPU time per request, a figure that moves much less than req/s
 * with whatever else the (shared, 2-core) machine is doing. */
async function load(url: string, cookie: string, duration: number, connections: number, db?: Db) {
  const headers = Object.entries({ ...PROXY, ...(cookie ? { cookie } : {}) }).flatMap(([k, v]) => ['-H', `${k}=${v}`]);
  const dbBefore = db ? await databaseCpuMs(db) : null;
  const cpu = process.cpuUsage();
  const { stdout } = await run(process.execPath, [AUTOCANNON, '--json', '-c', String(connections), '-d', String(duration), ...headers, url], { maxBuffer: 64 << 20 });
  const used = process.cpuUsage(cpu);
  const dbAfter = db ? await databaseCpuMs(db) : null;
  const r = JSON.parse(stdout) as autocannon.Result;
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  const requests = Math.max(1, r.requests.total);
  const cpuMs = (used.user + used.system) / 1000 / requests;
  const dbMs = dbBefore !== null && dbAfter !== null ? (dbAfter - dbBefore) / requests : null;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, cpuMs, dbMs };
}

/** A figure in ms to two places, or n/a when it could not be measured. */
const orNa = (ms: number | null) => (ms === null ? 'n/a' : ms.toFixed(2));

/** CPU time so far of the database server processes serving this database's connections
 * (the app's and the session store's), read from /proc: only when PostgreSQL runs on this
 * machine (Linux), else null. A connection closed during the run takes its time with it,
 * so the figure is a lower bound. */
async function databaseCpuMs(db: Db): Promise<number | null> {
  const { rows } = (await db.raw('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')) as { rows: { pid: number }[] };
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null; // not on this machine (or not Linux)
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, soak: { type: 'string', default: '0' }, pages: { type: 'string', default: 'board,article,case,search' }, dump: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help) return void process.stdout.write(HELP), 0;
  // Production settings (cached views, Secure cookies) behind a pretend TLS proxy: requests
  // say X-Forwarded-Proto: https, as a load balancer would.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'production', TRUST_PROXY: '1', SESSION_SECRET: crypto.randomBytes(24).toString('hex') }, {});
  if (!config.databaseUrl) {
    process.stderr.write(`DATABASE_URL is required (a real PostgreSQL server).\n${HELP}`);
    return 2;
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const schema = `bench_pages_${crypto.randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: config.databaseUrl, poolMax: 1 });
  await admin.raw('create schema ??', [schema]);
  const db = createDb({ url: config.databaseUrl, poolMax: config.dbPoolMax, schema });
  const sessions = createSessions({ url: config.databaseUrl, schema, secret: config.sessionSecret!, prune: false });
  let server: http.Server | undefined;
  let bare: http.Server | undefined;
  try {
    await migrateLatest(db);
    const password = 'bench password 123';
    const user = await createUser(db, { email: 'bench@example.org', displayName: 'Bench Editor', role: 'editor', password }, { userId: null, requestId: 'bench' });
    const t0 = Date.now();
    const ids = await seed(db, user.id);
    const counts = await db.raw(`select (select count(*) from articles)::int a, (select count(*) from claims)::int c, (select count(*) from disputes)::int d,
      (select count(*) from claim_placements where dispute_id = ?)::int b`, [ids.boardId]);
    const row = counts.rows[0];
    process.stdout.write(`seeded ${row.a} articles, ${row.c} claims, ${row.d} disputes, board of ${row.b} claims in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    // A running database is vacuumed by autovacuum, which marks pages all-visible so reads
    // that need only indexed columns skip the table; a freshly seeded one is not yet, and
    // would measure a state that lasts only until autovacuum's first pass. So vacuum now.
    const { rows: tables } = await db.raw<{ rows: { t: string }[] }>('select tablename as t from pg_tables where schemaname = ?', [schema]);
    await db.raw(`vacuum (analyze) ${tables.map(() => '??').join(', ')}`, tables.map((x) => `${schema}.${x.t}`));

    // Every round trip is a knex query (prepared page reads included), so this counts them all.
    const app = createApp({ config, db, logger: createLogger(config), sessions });
    server = http.createServer({ keepAlive: true }, app).listen(0, '127.0.0.1');
    await new Promise((r) => server!.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const cookie = await signIn(base, 'bench@example.org', password);

    // The bare route: the same board, loaded once, rendered from memory on every request.
    const board = await loadBoard(db, ids.boardId, { id: user.id, role: 'editor' });
    const bareApp = express();
    configureViews(bareApp, true);
    const locals = {
      title: board!.dispute.question, board, grades: GRADES, message: undefined, errors: {}, values: {}, openForm: undefined, focus: undefined, openPosition: undefined, pickerQuery: '',
      currentUser: user, can: () => true, csrfToken: 'x', appVersion: APP_VERSION,
    };
    bareApp.get('/board', (_req, res) => res.render('disputes/board', locals));
    bare = bareApp.listen(0, '127.0.0.1');
    await new Promise((r) => bare!.once('listening', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/board`;

    const wanted = new Set(values.pages.split(','));
    const pages = ([
      ['board', `/disputes/${ids.boardId}`],
      ['article', `/articles/${ids.articleId}`],
      ['case', `/cases/${ids.caseId}`],
      ['search', `/search?q=${encodeURIComponent('killed market')}`],
    ] as [string, string][]).filter(([name]) => wanted.has(name));
    const queries = new Map<string, number>();
    const sizes = new Map<string, number>();
    for (const [name, url] of pages) {
      let n = 0;
      const on = () => void n++;
      db.on('query', on);
      const res = await fetch(base + url, { headers: { ...PROXY, cookie } });
      const html = await res.text();
      db.off('query', on);
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      queries.set(name, n);
      sizes.set(name, Number(res.headers.get('content-length') ?? 0));
      if (values.dump) fs.writeFileSync(path.join(values.dump, `${name}.html`), html);
    }

    const bareResult = await load(bareUrl, '', duration, connections);
    process.stdout.write(`\npage      req/s    p50 ms  p99 ms  queries/request  vs bare  KB   server ms/req  database ms/req\n`);
    process.stdout.write(`bare      ${bareResult.rps.toFixed(0).padStart(6)}  ${String(bareResult.p50).padStart(6)}  ${String(bareResult.p99).padStart(6)}  ${'0'.padStart(15)}     1.00       ${bareResult.cpuMs.toFixed(2).padStart(8)}               0\n`);
    const results: Record<string, { rps: number; p50: number; p99: number; cpuMs: number; dbMs: number | null }> = {};
    for (const [name, path] of pages) {
      const r = await load(base + path, cookie, duration, connections, admin);
      results[name] = r;
      const ratio = r.rps / bareResult.rps;
      const kb = ((sizes.get(name) ?? 0) / 1024).toFixed(0);
      process.stdout.write(`${name.padEnd(8)}  ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(queries.get(name)).padStart(15)}  ${ratio.toFixed(2).padStart(7)}  ${kb.padStart(3)}  ${r.cpuMs.toFixed(2).padStart(8)}  ${orNa(r.dbMs).padStart(15)}\n`);
    }

    const soak = Number(values.soak);
    if (soak > 0) {
      // RSS and heapUsed are the server's alone (the load generator is its own process).
      // With --expose-gc the first and last samples follow a full collection, so they show
      // what is retained rather than where the collector happened to be.
      const gc = (globalThis as { gc?: () => void }).gc;
      const settled = () => (gc?.(), process.memoryUsage());
      const mb = (b: number) => (b / 1048576).toFixed(0);
      const samples: NodeJS.MemoryUsage[] = [settled()];
      const timer = setInterval(() => samples.push(process.memoryUsage()), 10_000);
      const r = await load(`${base}/disputes/${ids.boardId}`, cookie, soak, connections);
      clearInterval(timer);
      samples.push(settled());
      const first = samples[0]!;
      const last = samples.at(-1)!;
      const max = (k: 'rss' | 'heapUsed') => Math.max(...samples.map((m) => m[k]));
      process.stdout.write(`\nsoak ${soak} s on the board: ${r.requests} requests, ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms\n`);
      process.stdout.write(`RSS start ${mb(first.rss)} MB, end ${mb(last.rss)} MB, max ${mb(max('rss'))} MB; heap start ${mb(first.heapUsed)} MB, end ${mb(last.heapUsed)} MB, max ${mb(max('heapUsed'))} MB${gc ? ' (start and end after a full GC)' : ' (run with node --expose-gc for settled figures)'}\n`);
      process.stdout.write(`soak_rss_start_mb=${mb(first.rss)} soak_rss_end_mb=${mb(last.rss)} soak_heap_end_mb=${mb(last.heapUsed)}\n`);
    }
    const b = results.board;
    if (b) process.stdout.write(`board_rps=${b.rps.toFixed(0)} board_p99_ms=${b.p99} board_vs_bare=${(b.rps / bareResult.rps).toFixed(2)} board_server_ms=${b.cpuMs.toFixed(2)} board_database_ms=${orNa(b.dbMs)} bare_server_ms=${bareResult.cpuMs.toFixed(2)}\n`);
    return 0;
  } finally {
    // autocannon drops its sockets mid-request when time is up; the handlers still finish
    // (and write their sessions), so give them a moment before the pools close.
    await Promise.all([server, bare].map((s) => s && new Promise((r) => { s.close(r); s.closeAllConnections(); })));
    await new Promise((r) => setTimeout(r, 1000));
    await sessions.close();
    await db.destroy();
    if (values.keep) process.stdout.write(`kept schema ${schema}\n`);
    else await admin.raw('drop schema ?? cascade', [schema]);
    await admin.destroy();
  }
}

runMain(main, { stack: true });
