// EJS with one layout: a page template renders first, then views/layout.ejs wraps it
// (unless the page sets `layout: false`). Pages set `title`; partials live in views/partials.
//
// Two departures from EJS's defaults, both for speed (bench:pages, 60-card board):
// - Templates compile without `with (locals) { … }`: V8 cannot optimise name look-ups
//   inside `with`, and rendering took 4.0 ms instead of 2.1 ms with it. Instead each
//   template declares, up front, every name its scriptlets mention that is not a JavaScript
//   keyword or global, read from its locals (undefined when not passed, which the
//   `typeof x` checks expect).
// - `include` is ours, read from the locals like any other name (which shadows EJS's).
//   EJS's copied every local three times into dictionary-mode objects on each call: with
//   the app's locals that was a tenth of the board's CPU time. Ours spreads them once.
// Whitespace at the start and end of template lines is dropped (rmWhitespace): values
// written with <%= %> keep theirs, and the board's HTML is 8 % smaller.
import fs from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';
import type { Express } from 'express';
import { VIEWS_DIR } from './paths';

type RenderCallback = (err: Error | null, html?: string) => void;
type Template = ejs.TemplateFunction;

// Words that cannot be a variable's name, and the names EJS's compiled function uses itself.
const NOT_LOCALS = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in', 'instanceof',
  'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static', 'super', 'switch',
  'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'arguments',
  'include', 'locals', 'escapeFn', 'rethrow',
]);

type Locals = Record<string, unknown>;

/** The names a template's scriptlets may read from its locals: every identifier in its
 * `<% … %>` code that is not a property access, keyword, EJS internal or global. Extra
 * names (object keys, words in string literals, callback parameters) are harmless: they
 * only declare a variable that stays undefined or is shadowed. */
export function templateLocals(source: string): string[] {
  const names = new Set<string>();
  const declared = new Set<string>();
  for (const [, kind, code] of source.matchAll(/<%([_=\-#]?)([\s\S]*?)[-_]?%>/g)) {
    if (kind === '#') continue;
    // A name the template declares with let, const, class or function cannot also be
    // declared as a local (var x … let x is a syntax error); it is the template's own.
    for (const [, pattern, name] of code!.matchAll(/\b(?:let|const|class|function)\s*(?:([{[][^}\]]*[}\]])|([A-Za-z_$][\w$]*))/g)) {
      for (const n of pattern ? pattern.match(/[A-Za-z_$][\w$]*/g) ?? [] : [name!]) declared.add(n);
    }
    // A name after a dot is a property, unless the dots are a spread (`...x`).
    for (const [, name] of code!.matchAll(/(?<![\w$.])(?:\.\.\.)?([A-Za-z_$][\w$]*)/g)) {
      if (NOT_LOCALS.has(name!) || name!.startsWith('__') || name! in globalThis) continue;
      names.add(name!);
    }
  }
  return [...names].filter((n) => !declared.has(n)).sort();
}

function compileFile(file: string): Template {
  const source = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const names = [...templateLocals(source), 'include'];
  // unsafePrototypeLocals: EJS would copy the locals once more; render() already made them
  // a fresh object of our own.
  // (EJS's type definitions do not list it.)
  const options: ejs.Options & { unsafePrototypeLocals: boolean } = { filename: file, root: VIEWS_DIR, _with: false, rmWhitespace: true, destructuredLocals: names, unsafePrototypeLocals: true };
  return ejs.compile(source, options) as Template;
}

/** Compiled templates by file: compiled on first use and, when `reload` is set,
 * recompiled when their file has changed since. */
export function templateCache(reload: boolean) {
  const compiled = new Map<string, { fn: Template; mtimeMs: number }>();
  return {
    get(file: string): Template {
      const mtimeMs = reload ? fs.statSync(file).mtimeMs : 0;
      const hit = compiled.get(file);
      if (hit && hit.mtimeMs === mtimeMs) return hit.fn;
      const fn = compileFile(file);
      compiled.set(file, { fn, mtimeMs });
      return fn;
    },
  };
}

/** `include('/partials/x', extra)` from `file` names this template (absolute paths are
 * under views/, others next to `file`; `.ejs` is implied). */
function includePath(name: string, file: string): string {
  const full = name.startsWith('/') ? path.join(VIEWS_DIR, name) : path.resolve(path.dirname(file), name);
  return path.extname(full) ? full : `${full}.ejs`;
}

/** Renders templates through `templates`; each sees its caller's locals plus what the
 * caller passed to include(), as a fresh copy (a prototype link to the caller's instead
 * rendered the board and case pages twice as slowly: look-ups along varied chains). */
function renderer(templates: ReturnType<typeof templateCache>): (file: string, locals: Locals) => string {
  const paths = new Map<string, string>();
  const render = (file: string, locals: Locals): string => {
    const scope: Locals = { ...locals };
    scope.include = (name: string, extra?: Locals) => {
      const key = `${file}\0${name}`;
      let target = paths.get(key);
      if (target === undefined) paths.set(key, (target = includePath(name, file)));
      return render(target, extra ? { ...scope, ...extra } : scope);
    };
    return templates.get(file)(scope);
  };
  return render;
}

/** Registers the EJS engine with the layout wrapper on `app`. `cache` keeps compiled
 * templates for the life of the process; without it a changed template is picked up. */
export function configureViews(app: Express, cache: boolean): void {
  const layout = path.join(VIEWS_DIR, 'layout.ejs');
  const render = renderer(templateCache(!cache));
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  // Express otherwise caches its view look-ups only when NODE_ENV is production.
  app.set('view cache', cache);
  app.engine('ejs', (file: string, options: object, done: RenderCallback) => {
    const locals = options as Locals;
    try {
      const body = render(file, locals);
      if (locals.layout === false) return done(null, body);
      done(null, render(layout, { ...locals, body }));
    } catch (err) {
      done(err as Error);
    }
  });
}
