import path from 'node:path';
import { ConfigError, loadConfig } from '../../server/config';

describe('configuration', () => {
  it('has working defaults: embedded database in ./data on port 3000', () => {
    const c = loadConfig({}, {});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, env: 'development', logLevel: 'info', demoSeed: true });
    expect(c.dataDir).toBe(path.resolve('./data'));
  });

  it('lets the environment win over .env', () => {
    expect(loadConfig({ PORT: '4000' }, { PORT: '5000', LOG_LEVEL: 'debug' })).toMatchObject({ port: 4000, logLevel: 'debug' });
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }, {}).databaseUrl).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty', /PORT="eighty"/],
    ['PORT', '70000', /PORT="70000"/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": must be a postgres/],
    ['NODE_ENV', 'staging', /NODE_ENV="staging"/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
    ['DB_POOL_MAX', '0', /DB_POOL_MAX="0"/],
  ])('rejects %s=%s with a message naming it', (key, value, pattern) => {
    expect(() => loadConfig({ [key]: value }, {})).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value }, {})).toThrow(pattern);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' }, {});
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });

  it('names the report publisher and the public address, with defaults, without a trailing slash', () => {
    expect(loadConfig({}, {})).toMatchObject({ reportPublisher: { name: 'Crosscheck', url: 'http://127.0.0.1:3000' }, publicBaseUrl: 'http://127.0.0.1:3000' });
    const c = loadConfig({ REPORT_PUBLISHER_NAME: 'Desk', REPORT_PUBLISHER_URL: 'https://desk.example.org', PUBLIC_BASE_URL: 'https://cc.example.org/' }, {});
    expect(c).toMatchObject({ reportPublisher: { name: 'Desk', url: 'https://desk.example.org' }, publicBaseUrl: 'https://cc.example.org' });
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'javascript:alert(1)' }, {})).toThrow(/PUBLIC_BASE_URL/);
  });
});
