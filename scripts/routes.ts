// `npm run routes`: prints the route table as Markdown (method, path, who may call it).
// The README's "Routes and roles" section is this output; a test keeps the two in sync.
import { routeTableMarkdown } from '../server/routes/doc';

process.stdout.write(routeTableMarkdown());
