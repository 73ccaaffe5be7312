// The route table as documentation: which roles may call each route.
import { ROLES, roleAtLeast } from '../auth/roles';
import { loadConfig } from '../config';
import { routes } from '.';
import type { Db } from '../../db/connection';

/** A Markdown table of every route and the roles allowed to call it. */
export function routeTableMarkdown(): string {
  // Handlers are built but never called, so no database is needed.
  const table = routes({ db: {} as Db, config: loadConfig({}, {}) });
  const lines = ['| method | path | who may call it |', '|---|---|---|'];
  for (const r of table) {
    const who = r.access === 'public' ? 'anyone' : ROLES.filter((role) => roleAtLeast(role, r.access as (typeof ROLES)[number])).join(', ');
    lines.push(`| ${r.method.toUpperCase()} | \`${r.path}\` | ${who} |`);
  }
  return lines.join('\n') + '\n';
}
