// Where the project's files are, whether running from source (tests) or from dist/.
import fs from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'views'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${start}`);
  }
}

/** The repository root (holds package.json and views/). */
export const PROJECT_ROOT = findProjectRoot(__dirname);
/** EJS templates and static assets. */
export const VIEWS_DIR = path.join(PROJECT_ROOT, 'views');
