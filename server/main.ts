// Entry point: `npm start` (node dist/server/main.js). Reads the configuration, starts
// the server and stops it cleanly on SIGTERM / SIGINT.
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';

const HELP = `Crosscheck: find who said what, line up conflicting claims, record verdicts.

Usage: npm start            (or: node dist/server/main.js [--help])

Configuration comes from the environment, or a .env file in the working directory:
  DATABASE_URL         PostgreSQL URL (postgres://user:pass@host:5432/db). Unset: an embedded
                       PostgreSQL (PGlite) keeps its data in DATA_DIR/pglite.
  DATA_DIR             Folder for local data (default ./data).
  HOST, PORT           Address to listen on (default 127.0.0.1:3000; PORT=0 picks a free port).
  NODE_ENV             development | production | test (default development).
  LOG_LEVEL            fatal | error | warn | info | debug | trace | silent (default info).
  DB_POOL_MAX          Database connections per process (default 10; the embedded database always uses 1).
  SHUTDOWN_TIMEOUT_MS  How long in-flight requests may finish on shutdown (default 10000).
  DEMO_SEED            Create the demo case on an empty database (default true).
  SESSION_SECRET       Signs session cookies (32+ characters). Required in production; otherwise
                       generated once and kept in DATA_DIR/session-secret.
  SESSION_IDLE_MINUTES Idle sign-out (default 120).   SESSION_MAX_HOURS  Absolute sign-out (default 12).
  TRUST_PROXY          Behind a proxy/load balancer: 1 (hops), true, or proxy addresses.
  MAX_ARTICLE_BYTES    Largest request body (default 2097152).
  LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES   Sign-in throttling (default 10 per 15 minutes).
  REPORT_PUBLISHER_NAME, REPORT_PUBLISHER_URL  Who publishes verdict reports (ClaimReview author).
  PUBLIC_BASE_URL      Address reviewers use to reach this instance (links in exports).

On first visit with no account, the app asks you to create the first admin.
`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nRun with --help for the list of settings.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  // An unexpected error leaves the process in an unknown state: log it and exit so the
  // supervisor restarts a clean one.
  const die = (kind: string) => (err: unknown) => {
    logger.fatal({ err }, kind);
    process.exit(1);
  };
  process.on('uncaughtException', die('uncaught exception'));
  process.on('unhandledRejection', die('unhandled rejection'));

  const running = await startServer(config, logger);
  logger.info({ url: running.url, embedded: !config.databaseUrl }, 'Crosscheck is listening');
  process.stdout.write(`Crosscheck is running at ${running.url}\n`);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Crosscheck could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
