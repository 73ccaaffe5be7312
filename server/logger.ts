// Structured JSON logs (pino): one line per request from pino-http, plus app events.
import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** Creates the process logger; secrets that might reach a log line are redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', 'password'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
