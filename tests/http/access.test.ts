// Walks every route the app has registered (not just the table, so a route added
// anywhere without a guard fails here) and checks who it refuses.
import request from 'supertest';
import { routes } from '../../server/routes';
import { ROLES, roleBelow, type Role } from '../../server/auth/roles';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';

// Reachable without signing in. Adding a route here is a decision, not an accident.
const PUBLIC = ['GET /healthz', 'GET /login', 'POST /login', 'POST /logout', 'GET /setup', 'POST /setup'];

let t: TestApp;
const as: Partial<Record<Role, SignedIn>> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) as[role] = await signedIn(t, role);
});
afterAll(async () => t.destroy());

interface Registered {
  method: string;
  path: string;
}

function registeredRoutes(): Registered[] {
  const stack = (t.app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
  return stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).map((m) => ({ method: m.toUpperCase(), path: layer.route!.path })) : [],
  );
}

const concrete = (path: string) => path.replace(/:\w+/g, '1');
const key = (r: Registered) => `${r.method} ${r.path}`;
const send = (agent: ReturnType<typeof request.agent> | ReturnType<typeof request>, r: Registered, body: object = {}) =>
  r.method === 'GET' ? agent.get(concrete(r.path)) : agent.post(concrete(r.path)).type('form').send(body);

describe('access control over every registered route', () => {
  const table = () => routes({ db: t.db, config: t.config });

  it('registers exactly the routes of the route table', () => {
    const fromTable = table().map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(registeredRoutes().map(key).sort()).toEqual(fromTable);
    expect(fromTable.length).toBeGreaterThan(PUBLIC.length);
  });

  it('keeps the public routes to the sign-in, setup and health pages', () => {
    const publicInTable = table().filter((r) => r.access === 'public').map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(publicInTable.sort()).toEqual([...PUBLIC].sort());
  });

  it('refuses anonymous requests on every other route (pages: redirect to sign-in; API: 401)', async () => {
    const guarded = registeredRoutes().filter((r) => !PUBLIC.includes(key(r)));
    expect(guarded.length).toBeGreaterThan(0);
    for (const r of guarded) {
      const res = await send(request(t.app), r);
      if (r.path.startsWith('/api/')) expect([key(r), res.status]).toEqual([key(r), 401]);
      else {
        expect([key(r), res.status]).toEqual([key(r), 303]);
        expect(res.headers.location).toMatch(/^\/login/);
      }
    }
  });

  it('refuses anonymous form posts even with a valid CSRF token (redirect to sign-in)', async () => {
    const agent = request.agent(t.app);
    const login = await agent.get('/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(login.text)![1];
    for (const r of registeredRoutes().filter((r) => r.method === 'POST' && !PUBLIC.includes(key(r)))) {
      const res = await send(agent, r, { _csrf: csrf });
      expect([key(r), res.status]).toEqual([key(r), 303]);
      expect(res.headers.location).toBe('/login');
    }
  });

  it('refuses the role just below the one each route needs (403)', async () => {
    let checked = 0;
    for (const r of table()) {
      if (r.access === 'public') continue;
      const below = roleBelow(r.access);
      if (!below) continue;
      const who = as[below]!;
      const res = await send(who.agent, { method: r.method.toUpperCase(), path: r.path }, { _csrf: who.csrf });
      expect([`${r.method} ${r.path} as ${below}`, res.status]).toEqual([`${r.method} ${r.path} as ${below}`, 403]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('refuses every state-changing request without a CSRF token, or with a wrong one (403 page)', async () => {
    const admin = as.admin!;
    for (const r of registeredRoutes().filter((r) => r.method !== 'GET')) {
      for (const body of [{}, { _csrf: 'forged-token' }]) {
        const res = await send(admin.agent, r, body);
        expect([key(r), res.status]).toEqual([key(r), 403]);
        expect(res.text).toMatch(/expired or did not come from Crosscheck/);
      }
    }
  });

  it('lets each role reach the pages at its level', async () => {
    for (const r of table().filter((r) => r.method === 'get' && r.access !== 'public' && !r.path.includes(':'))) {
      const res = await as[r.access as Role]!.agent.get(r.path);
      expect([r.path, res.status]).toEqual([r.path, 200]);
    }
  });
});
