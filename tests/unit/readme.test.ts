import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';
import { routeTableMarkdown } from '../../server/routes/doc';

describe('README', () => {
  it('shows the current route table with the roles allowed on each route (npm run routes)', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(routeTableMarkdown());
  });
});
