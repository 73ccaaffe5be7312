import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ejs from 'ejs';
import express from 'express';
import { VIEWS_DIR } from '../../server/paths';
import { configureViews, templateCache, templateLocals } from '../../server/views';

function templates(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? templates(p) : p.endsWith('.ejs') ? [p] : [];
  });
}

function render(app: express.Express, view: string, locals: object): Promise<string> {
  return new Promise((resolve, reject) => app.render(view, locals, (err, html) => (err ? reject(err) : resolve(html!))));
}

describe('templateLocals', () => {
  it('lists the names scriptlets read, not properties, keywords, globals or comments', () => {
    const names = templateLocals(`<%# ignored: secret %><% var n = items.length; if (typeof hint !== 'undefined') { %><%= JSON.stringify(a.b) %><%- include('/x', { ...rest }) %><% } %>`);
    expect(names).toEqual(expect.arrayContaining(['items', 'hint', 'a', 'rest', 'n']));
    for (const absent of ['length', 'b', 'stringify', 'JSON', 'typeof', 'var', 'if', 'include', 'ignored', 'secret']) expect(names).not.toContain(absent);
  });

  it('leaves out names the template declares itself with let, const or function', () => {
    const names = templateLocals(`<% const total = rows.length; let { a, b: c } = pair; function fmt(x) { return x; } %><%= fmt(total) + a + c %>`);
    expect(names).toEqual(expect.arrayContaining(['rows', 'pair', 'x']));
    for (const absent of ['total', 'a', 'c', 'fmt']) expect(names).not.toContain(absent);
  });

  it('never takes a name a template uses for a local to be a JavaScript global', () => {
    // Such a local would silently read the global instead of the value passed in.
    const allowed = new Set(['JSON', 'Math', 'String', 'Number', 'Object', 'Array', 'Date', 'encodeURIComponent', 'undefined']);
    for (const file of templates(VIEWS_DIR)) {
      const code = [...fs.readFileSync(file, 'utf8').matchAll(/<%([_=\-#]?)([\s\S]*?)[-_]?%>/g)]
        .filter((m) => m[1] !== '#')
        .map((m) => m[2]!.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''"))
        .join('\n');
      const globals = [...code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!).filter((n) => n in globalThis);
      expect({ file, unexpected: globals.filter((n) => !allowed.has(n)) }).toEqual({ file, unexpected: [] });
    }
  });
});

describe('configureViews', () => {
  const app = express();
  configureViews(app, true);

  it('renders a page and its partials exactly as EJS does by default, optional locals left out', async () => {
    const file = path.join(VIEWS_DIR, 'auth/login.ejs');
    const locals = { values: { email: '"quoted" & <script>', next: '/cases/1' }, errors: { email: 'Not an address' }, message: 'Try again', csrfToken: 'tok', layout: false };
    const ours = await render(app, file, locals);
    // EJS's own compile (with `with` and its include), same whitespace rule.
    const reference = ejs.render(fs.readFileSync(file, 'utf8'), locals, { filename: file, root: VIEWS_DIR, rmWhitespace: true });
    expect(ours).toBe(reference);
    expect(ours).toContain('&#34;quoted&#34; &amp; &lt;script&gt;');
    expect(ours).toContain('Not an address');
    expect(ours).toContain('value="tok"');
  });

  it('wraps a page in the layout with its title', async () => {
    const html = await render(app, path.join(VIEWS_DIR, 'errors/error.ejs'), { title: 'Not here', status: 404, message: 'No such page', currentUser: undefined, can: () => false, csrfToken: 't', appVersion: '1' });
    expect(html).toMatch(/<title>[^<]*Not here/);
    expect(html).toContain('Page not found');
  });
});

describe('templateCache', () => {
  it('compiles every template in views/', () => {
    const cache = templateCache(false);
    const files = templates(VIEWS_DIR);
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(typeof cache.get(file)).toBe('function');
  });


  it('recompiles a changed template when reloading, and keeps the compiled one otherwise', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'views-'));
    const file = path.join(dir, 't.ejs');
    fs.writeFileSync(file, 'one <%= x %>');
    const reloading = templateCache(true);
    const fixed = templateCache(false);
    expect(reloading.get(file)({ x: 1 })).toBe('one 1');
    expect(fixed.get(file)({ x: 1 })).toBe('one 1');
    fs.writeFileSync(file, 'two <%= x %>');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(reloading.get(file)({ x: 2 })).toBe('two 2');
    expect(fixed.get(file)({ x: 2 })).toBe('one 2');
    fs.rmSync(dir, { recursive: true });
  });
});
