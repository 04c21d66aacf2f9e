import { type Logger, pino } from 'pino';

/** Anything that could hold a secret, wherever it appears in a log object. */
export const REDACTED_PATHS = [
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  'req.headers.authorization',
  'config.*Token',
  'config.*Secret',
  'config.token',
];

/**
 * The process logger. Logs go to stderr so that `casebot ask --json` keeps stdout for replies.
 * LOG_LEVEL picks the level (default info; tests use silent).
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { app: 'casebot' } },
    pino.destination(2),
  );
}
