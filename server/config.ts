// The one place that reads the environment. Everything else receives a Config.
// Values come from the process environment, then from a `.env` file in the working
// directory for anything the environment leaves unset; they are validated once, at start-up.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const emptyAsUnset = (v: unknown) => (v === '' ? undefined : v);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(0, 65535).default(3000),
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  DB_POOL_MAX: integer(1, 100).default(10),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  SESSION_SECRET: z.preprocess(emptyAsUnset, z.string().min(32, 'must be at least 32 characters').optional()),
  SESSION_IDLE_MINUTES: integer(1, 60 * 24 * 30).default(120),
  SESSION_MAX_HOURS: integer(1, 24 * 90).default(12),
  TRUST_PROXY: z.preprocess(emptyAsUnset, z.string().optional()),
  MAX_ARTICLE_BYTES: integer(1024, 100 * 1024 * 1024).default(2 * 1024 * 1024),
  LOGIN_MAX_FAILURES: integer(1, 1000).default(10),
  LOGIN_WINDOW_MINUTES: integer(1, 24 * 60).default(15),
  REPORT_PUBLISHER_NAME: z.string().trim().min(1).max(200).default('Crosscheck'),
  REPORT_PUBLISHER_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000'),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000'),
  DEMO_SEED: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  /** Unset means: run the embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolMax: number;
  logLevel: (typeof LOG_LEVELS)[number];
  shutdownTimeoutMs: number;
  /** Create the demo case on first start with an empty database. */
  demoSeed: boolean;
  /** Signs session cookies; required in production, else kept in DATA_DIR (see server/sessions.ts). */
  sessionSecret: string | undefined;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** express "trust proxy" value: hop count, true, or a list of addresses; undefined trusts none. */
  trustProxy: boolean | number | string | undefined;
  /** Largest request body accepted (article text is the big one). */
  maxBodyBytes: number;
  loginMaxFailures: number;
  loginWindowMs: number;
  /** The organisation named as author of exported ClaimReviews and reports. */
  reportPublisher: { name: string; url: string };
  /** Where the app is reachable, for links in exported reports (no trailing slash). */
  publicBaseUrl: string;
};

/** "true"/"false", a hop count, or an address list, as express's "trust proxy" takes it. */
function parseTrustProxy(v: string | undefined): Config['trustProxy'] {
  if (v === undefined) return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** Raised when the environment holds an invalid value; `message` lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` in `cwd` (if present) without touching process.env. */
export function readDotenv(cwd: string): Record<string, string> {
  const file = path.join(cwd, '.env');
  if (!fs.existsSync(file)) return {};
  return parseDotenv(fs.readFileSync(file));
}

/** Validates an environment into a Config; throws ConfigError naming every bad variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  dotenv: Record<string, string> = readDotenv(process.cwd()),
): Config {
  const merged = { ...dotenv, ...env };
  const result = schema.safeParse(merged);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => {
        const key = i.path.join('.');
        return `${key}=${JSON.stringify(merged[key] ?? '')}: ${i.message}`;
      }),
    );
  }
  const v = result.data;
  if (v.NODE_ENV === 'production' && !v.SESSION_SECRET) {
    throw new ConfigError(['SESSION_SECRET="": required when NODE_ENV=production (at least 32 random characters)']);
  }
  return {
    env: v.NODE_ENV,
    isProduction: v.NODE_ENV === 'production',
    host: v.HOST,
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    dataDir: path.resolve(v.DATA_DIR),
    dbPoolMax: v.DB_POOL_MAX,
    logLevel: v.LOG_LEVEL,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    demoSeed: v.DEMO_SEED,
    sessionSecret: v.SESSION_SECRET,
    sessionIdleMs: v.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: v.SESSION_MAX_HOURS * 3_600_000,
    trustProxy: parseTrustProxy(v.TRUST_PROXY),
    maxBodyBytes: v.MAX_ARTICLE_BYTES,
    loginMaxFailures: v.LOGIN_MAX_FAILURES,
    loginWindowMs: v.LOGIN_WINDOW_MINUTES * 60_000,
    reportPublisher: { name: v.REPORT_PUBLISHER_NAME, url: v.REPORT_PUBLISHER_URL },
    publicBaseUrl: v.PUBLIC_BASE_URL.replace(/\/+$/, ''),
  };
}
