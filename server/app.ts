// Builds the express app from its dependencies. No globals: tests build as many apps as
// they like, each on its own database handle.
import crypto from 'node:crypto';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import type { Db } from '../db/connection';
import type { Logger } from './logger';
import { csrfToken } from './middleware/csrf';
import { errorHandler, notFoundHandler } from './middleware/errors';
import { loadUser, sessionMiddleware } from './middleware/session';
import { VIEWS_DIR } from './paths';
import { registerRoutes } from './routes';
import type { Sessions } from './sessions';
import { configureViews } from './views';
import { APP_VERSION } from './version';

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  sessions: Sessions;
}

/** The Crosscheck express application. */
export function createApp({ config, db, logger, sessions }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Pages are built per request; hashing every (sometimes large) body for an ETag cost more
  // than it saved. Static files keep theirs (express.static).
  app.set('etag', false);
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  configureViews(app, config.isProduction);
  app.locals.appVersion = APP_VERSION;

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Health probes every few seconds would drown the log.
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: config.isProduction,
    }),
  );
  app.use('/static', express.static(path.join(VIEWS_DIR, 'static'), { maxAge: config.isProduction ? '1h' : 0 }));

  // Bodies are capped (article text is the largest legitimate one): more is a 413 page.
  app.use(express.urlencoded({ extended: false, limit: config.maxBodyBytes, parameterLimit: 2000 }));
  app.use(express.json({ limit: config.maxBodyBytes }));
  app.use(sessionMiddleware(config, sessions));
  app.use(loadUser(db, config));
  app.use(csrfToken);

  registerRoutes(app, { db, config });

  app.use(notFoundHandler);
  app.use(errorHandler({ showStack: !config.isProduction }));
  return app;
}
