// Tests run from TypeScript source through @swc/jest (fast; `npm run build` type-checks).
// PGlite cannot load inside jest's VM (electric-sql/pglite#224): when DATABASE_URL is
// unset, the global setup starts it outside the VM and serves it over the wire protocol,
// so tests only ever use `pg`. PGlite runs one query at a time and blocks other
// connections during a transaction, so on it the suite runs in one worker.
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  maxWorkers: process.env.DATABASE_URL ? 2 : 1,
  testTimeout: 60000,
};
