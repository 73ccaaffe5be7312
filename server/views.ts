// EJS with one layout: a page template renders first, then views/layout.ejs wraps it
// (unless the page sets `layout: false`). Pages set `title`; partials live in views/partials.
import path from 'node:path';
import ejs from 'ejs';
import type { Express } from 'express';
import { VIEWS_DIR } from './paths';

type RenderCallback = (err: Error | null, html?: string) => void;

/** Registers the EJS engine with the layout wrapper on `app`. */
export function configureViews(app: Express, cache: boolean): void {
  const layout = path.join(VIEWS_DIR, 'layout.ejs');
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  app.engine('ejs', (file: string, locals: object, done: RenderCallback) => {
    const opts = { cache, filename: file, root: VIEWS_DIR };
    ejs.renderFile(file, locals, opts, (err, body) => {
      if (err) return done(err);
      if ((locals as { layout?: boolean }).layout === false) return done(null, body);
      ejs.renderFile(layout, { ...locals, body }, { ...opts, filename: layout }, done);
    });
  });
}
