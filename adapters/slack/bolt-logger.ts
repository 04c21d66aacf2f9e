import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * Bolt's logger interface over pino. Bolt and its Web API client log strings and errors;
 * other objects are left out so that a request body or a client option can never carry a
 * token into the logs (pino's redaction covers only known paths).
 */
export function createBoltLogger(log: Logger): BoltLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]): void => {
      // Bolt logs at debug several times per request: nothing is built for a level that is off.
      if (!log.isLevelEnabled(level)) return;
      const err = parts.find((p): p is Error => p instanceof Error);
      const msg = parts
        .filter((p) => typeof p === 'string' || typeof p === 'number')
        .join(' ')
        .trim();
      log[level](err ? { err } : {}, msg || err?.message || 'bolt');
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // pino's level rules; Bolt only asks so it can set its default.
    setLevel() {},
    getLevel() {
      const level = log.level;
      if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
      if (level === 'warn') return LogLevel.WARN;
      if (level === 'error' || level === 'fatal' || level === 'silent') return LogLevel.ERROR;
      return LogLevel.INFO;
    },
    setName() {},
  };
}
