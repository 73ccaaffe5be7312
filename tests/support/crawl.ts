// A small crawler over the app's own pages, for sweeps that must reach every page and
// form without listing them by hand (a page or form added later is covered too).
import type TestAgent from 'supertest/lib/agent';

export interface FormField {
  name: string;
  type: string;
  value: string;
}

export interface Form {
  action: string;
  enctype: string;
  fields: FormField[];
  /** The page the form was found on. */
  page: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The POST forms of a page with their fields and default values. */
export function formsOf(html: string, page: string): Form[] {
  const forms: Form[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const [, open = '', body = ''] = m;
    if ((attr(open, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const fields: FormField[] = [];
    for (const i of body.matchAll(/<input\b[^>]*>/g)) {
      const name = attr(i[0], 'name');
      if (name) fields.push({ name, type: attr(i[0], 'type') ?? 'text', value: unescape(attr(i[0], 'value') ?? '') });
    }
    for (const t of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
      const name = attr(t[1] ?? '', 'name');
      if (name) fields.push({ name, type: 'textarea', value: unescape(t[2] ?? '') });
    }
    for (const s of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      const name = attr(s[1] ?? '', 'name');
      const options = [...(s[2] ?? '').matchAll(/<option\b([^>]*)>/g)].map((o) => o[1] ?? '');
      const chosen = options.find((o) => /\sselected\b/.test(o)) ?? options[0] ?? '';
      if (name) fields.push({ name, type: 'select', value: unescape(attr(` ${chosen}`, 'value') ?? '') });
    }
    forms.push({ action: unescape(attr(open, 'action') ?? page), enctype: attr(open, 'enctype') ?? 'application/x-www-form-urlencoded', fields, page });
  }
  return forms;
}

/** A URL's shape, ids and query values dropped, so one page per kind is visited
 * ("/cases/:n", "/disputes/:n?card": a query can open forms the bare page does not show). */
export function shapeOf(url: string): string {
  const [path = '', query = ''] = url.split('?');
  const keys = [...new URLSearchParams(query).keys()].sort().join('&');
  return path.replace(/\/\d+/g, '/:n') + (keys ? `?${keys}` : '');
}

/** Visits the app's pages breadth-first from `start`, one URL per shape; returns pages and forms. */
export async function crawl(agent: TestAgent, start: string[], limit = 80): Promise<{ pages: string[]; forms: Form[] }> {
  const seen = new Set<string>();
  const queue = [...start];
  const pages: string[] = [];
  const forms: Form[] = [];
  while (queue.length && pages.length < limit) {
    const url = queue.shift()!;
    if (seen.has(shapeOf(url))) continue;
    seen.add(shapeOf(url));
    const res = await agent.get(url);
    if (res.status !== 200 || !String(res.headers['content-type']).includes('text/html')) continue;
    pages.push(url);
    forms.push(...formsOf(res.text, url));
    for (const m of res.text.matchAll(/href="(\/[^"#]*)/g)) {
      const next = unescape(m[1]!);
      if (!next.startsWith('/static/') && !seen.has(shapeOf(next))) queue.push(next);
    }
  }
  return { pages, forms };
}
