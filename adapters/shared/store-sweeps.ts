import type { Logger, Store } from '../../src/index.js';
import type { Closable } from './drain.js';

/** Expired claims, contexts, conversations and leases are deleted this often. */
export const SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * Deletes expired rows from the store now and then, so that claims and button contexts do not
 * pile up. Every replica sweeps: a sweep deletes only what has expired, so two at once are
 * harmless. A failed sweep is logged and tried again next time. Closing stops the timer.
 */
export function startStoreSweeps(options: {
  store: Pick<Store, 'sweep'>;
  logger: Logger;
  everyMs?: number;
}): Closable {
  const { store, logger } = options;
  let running: Promise<void> | undefined;
  const sweep = () => {
    running ??= store
      .sweep()
      .then(
        (deleted) => logger.debug({ deleted }, 'store swept'),
        (err: unknown) => logger.warn({ err }, 'store sweep failed; trying again later'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(sweep, options.everyMs ?? SWEEP_EVERY_MS);
  timer.unref();
  return {
    name: 'store sweeps',
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
