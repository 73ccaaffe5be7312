// Hostile input against every form the app shows (found by crawling, so forms added later
// are covered too) and against the body parsers: no response may be a 5xx, refusals are
// clear 4xx, and — checked in Chromium on every page that shows stored values — no
// injected script runs and no injected element appears.
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { extractAttributions } from '../../server/engine';
import { ensureDemoCase } from '../../server/services/demo';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';
import { launchBrowser, serve, signedInPage } from '../support/browser';
import { crawl, shapeOf, type Form } from '../support/crawl';

// Markup payloads carry data-xss so an injected element can be found in the DOM, and set
// window.__xss if any script ran at all.
const MARKUP = [
  '<script>window.__xss=1</script>',
  '"><script>window.__xss=1</script>',
  "'><img data-xss src=x onerror=\"window.__xss=1\">",
  '<img data-xss src=x onerror=window.__xss=1>',
  '<svg data-xss onload=window.__xss=1>',
  '<iframe data-xss src="javascript:window.__xss=1"></iframe>',
  '<a data-xss href="javascript:window.__xss=1">click</a>',
  '<body data-xss onload=window.__xss=1>',
  '<details data-xss open ontoggle=window.__xss=1>',
  '</textarea><b data-xss>broke out</b>',
  '</title><b data-xss>title</b>',
  '<style>body{display:none}</style><b data-xss>s</b>',
  '<math><mtext><table><mglyph><style><img data-xss src=x onerror=window.__xss=1>',
  '<%= process.exit(1) %><b data-xss>ejs</b>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '[x](javascript:window.__xss=1)',
  '<object data-xss data="javascript:window.__xss=1"></object>',
  '" autofocus onfocus="window.__xss=1" x="',
  "' onmouseover='window.__xss=1' x='",
  '<base data-xss href="http://127.0.0.2/">',
];
const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1; select pg_sleep(3)',
  "1' UNION SELECT password_hash FROM users --",
  '$$; drop table claims; $$',
  '\\x27 or 1=1',
  '%',
  '_',
];
const FORMULA = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0'];
const TEXT = [
  '',
  ' ',
  '"',
  '"""',
  '“unbalanced',
  '\u202Eevil.txt',
  'مرحبا بالعالم، قال المتحدث',
  '🧨💥👩‍👩‍👧‍👦 said the 🦜',
  'e\u0301\u0301\u0301\u0301',
  'a\u0000b',
  '\u0001\u0002\u0003\u001b[31m',
  '\uD800 lone surrogate',
  '\uFEFFbom',
  'x'.repeat(5_000),
  'word '.repeat(40_000),
  'A said B. '.repeat(2_000),
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'null',
  'undefined',
  '-1',
  '99999999999999999999999',
  'NaN',
  '1e309',
  '[object Object]',
  '__proto__',
  'constructor',
  'https://example.org/' + 'a'.repeat(3_000),
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\n\n\n',
  '0x7fffffff',
];
const PAYLOADS = [...MARKUP, ...SQL, ...FORMULA, ...TEXT];

let t: TestApp;
let admin: SignedIn;
let pages: string[] = [];
let forms: Form[] = [];
let browser: Browser;
let server: { base: string; close(): Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  await ensureDemoCase(t.db, extractAttributions);
  admin = await signedIn(t, 'admin');
  await signedIn(t, 'viewer', { displayName: 'Someone Else' }); // so the users page has a change form
  ({ pages, forms } = await crawl(admin.agent, ['/']));
  server = await serve(t);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t.destroy();
});

const TEXTUAL = new Set(['text', 'textarea', 'email', 'url', 'date', 'password', 'search', 'number']);
// Signing out ends the sweep's own session; it is exercised elsewhere.
const SKIP = new Set(['/logout']);

/** Each distinct form once (by action shape and fields). */
function distinctForms(): Form[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = `${shapeOf(f.action)} ${f.fields.map((x) => x.name).sort().join(',')}`;
    if (SKIP.has(f.action) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function submit(form: Form, payload: string, intoSelects: boolean) {
  const body: Record<string, string> = {};
  for (const f of form.fields) {
    if (f.name === '_csrf') body[f.name] = admin.csrf;
    else if (TEXTUAL.has(f.type) || (intoSelects && f.type === 'select')) body[f.name] = payload;
    else if (f.type !== 'file') body[f.name] = f.value;
  }
  if (form.enctype === 'multipart/form-data') {
    const req = admin.agent.post(form.action).field(body);
    return intoSelects ? req.attach('file', Buffer.from(payload || 'x'), { filename: `../../${payload.slice(0, 40) || 'x'}.txt` }) : req;
  }
  return admin.agent.post(form.action).type('form').send(body);
}

describe('hostile input', () => {
  it('finds the app’s pages and forms by crawling', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(60);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(distinctForms().length).toBeGreaterThanOrEqual(10);
    // The board and the article page show a card's or a column's own forms only when asked
    // (?card=, ?position=, ?edit=): the crawl must reach them.
    const actions = new Set(distinctForms().map((f) => shapeOf(f.action)));
    expect([...actions].filter((a) => /^\/disputes\/:n\/(cards|claims)\//.test(a)).sort()).toEqual(['/disputes/:n/cards/:n/move', '/disputes/:n/cards/:n/remove', '/disputes/:n/claims/:n/grade']);
    expect([...actions].filter((a) => /^\/claims\//.test(a)).sort()).toEqual(['/claims/:n', '/claims/:n/grade', '/claims/:n/review']);
    expect([...actions].filter((a) => /^\/disputes\/:n\/positions\/:n/.test(a)).sort()).toEqual(expect.arrayContaining(['/disputes/:n/positions/:n', '/disputes/:n/positions/:n/delete', '/disputes/:n/positions/:n/merge', '/disputes/:n/positions/:n/move']));
  });

  it('never answers a hostile form submission with a 5xx', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const form of distinctForms()) {
      for (const [i, payload] of PAYLOADS.entries()) {
        const res = await submit(form, payload, i % 8 === 0);
        sent++;
        if (res.status >= 500) failures.push(`${res.status} POST ${form.action} (from ${form.page}) with ${JSON.stringify(payload.slice(0, 60))}`);
      }
    }
    expect(sent).toBeGreaterThan(600);
    expect(failures).toEqual([]);
  }, 600_000);

  it.each([
    ['invalid UTF-8 in a form body', 'application/x-www-form-urlencoded', Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3d, 0xff, 0xfe, 0xc3, 0x28])],
    ['a NUL byte in a form body', 'application/x-www-form-urlencoded', Buffer.from('title=a%00b&description=%00')],
    ['malformed JSON', 'application/json', Buffer.from('{"title": "x",')],
    ['deeply nested JSON', 'application/json', Buffer.from('{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000))],
    ['a JSON array', 'application/json', Buffer.from('[1,2,3]')],
    ['an unknown content type', 'application/x-unknown', Buffer.from('\u0000\u0001')],
    ['a broken multipart body', 'multipart/form-data; boundary=xyz', Buffer.from('--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xy')],
  ])('answers %s with a clear 4xx, not a crash', async (_label, type, body) => {
    const res = await admin.agent.post('/cases').set('Content-Type', type).set('X-CSRF-Token', admin.csrf).send(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/Invalid input|expected string/);
  });

  it('refuses a 10 MB body with a 413 page', async () => {
    const res = await admin.agent.post('/cases').type('form').send(`_csrf=${admin.csrf}&title=${'a'.repeat(10 * 1024 * 1024)}`);
    expect(res.status).toBe(413);
    expect(res.text).toMatch(/more text than Crosscheck accepts/);
  });

  it('answers hostile search and filter queries without a 5xx', async () => {
    for (const p of PAYLOADS.slice(0, 40)) {
      for (const url of [`/search?q=${encodeURIComponent(p)}`, `/sources?q=${encodeURIComponent(p)}&kind=${encodeURIComponent(p)}`, `/admin/audit?user=${encodeURIComponent(p)}&from=${encodeURIComponent(p)}`]) {
        const res = await admin.agent.get(url);
        expect([url, res.status < 500]).toEqual([url, true]);
      }
    }
    expect((await request(t.app).get('/cases/%E0%A4%A')).status).toBeLessThan(500);
  });

  it('runs no injected script and shows no injected element on any page that shows stored values', async () => {
    const { context, page } = await signedInPage(browser, server.base, admin.user.email);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      // Crawl again: the sweep created rows (cases, sources, claims) with hostile values.
      const after = await crawl(admin.agent, ['/', '/sources', '/admin/users', '/admin/audit', `/search?q=${encodeURIComponent('script')}`], 120);
      const problems: string[] = [];
      for (const url of after.pages) {
        await page.goto(server.base + url);
        // Evaluated in the page (a string, so the test needs no DOM typings).
        const found = (await page.evaluate('({ ran: window.__xss !== undefined, injected: document.querySelectorAll("[data-xss]").length })')) as {
          ran: boolean;
          injected: number;
        };
        if (found.ran || found.injected) problems.push(`${url}: script ran=${found.ran}, injected elements=${found.injected}`);
      }
      expect(after.pages.length).toBeGreaterThanOrEqual(pages.length);
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
