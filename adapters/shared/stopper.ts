import type { Logger } from '../../src/index.js';
import {
  type Closable,
  type DrainableAdapter,
  type DrainableDigests,
  type DrainTimer,
  drain,
} from './drain.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import type { HealthRegistry } from './health-registry.js';
import type { InFlight } from './in-flight.js';
import type { StopSignal } from './stop-signals.js';

/** Why the process stops: asked to, or its only chat adapter is gone for good. */
export type StopReason =
  | { type: 'signal'; signal: StopSignal }
  | { type: 'adapter-lost'; adapter: string; code: number };

export interface Stopper {
  /** Starts the stop (once): not ready at once, then the drain, then `exit` with the reason's code. */
  stop(reason: StopReason): void;
  /** A signal during the stop: logged, and the drain goes on. */
  again(signal: StopSignal): void;
}

export interface StopperOptions {
  adapters: DrainableAdapter[];
  digests?: DrainableDigests;
  /** Closed after the adapters, in order: the store, then the ops listener. */
  afterAdapters?: Closable[];
  inFlight: InFlight;
  health: HealthRegistry;
  drainTimeoutMs: number;
  logger: Logger;
  /** Ends the process; `process.exit` outside tests. */
  exit(code: ExitCode): void;
  timer?: DrainTimer;
  now?: () => number;
}

function exitCodeFor(reason: StopReason): ExitCode {
  switch (reason.type) {
    case 'signal':
      return EXIT_CODES.stopped;
    case 'adapter-lost':
      return EXIT_CODES.adapterLost;
    default: {
      const never: never = reason;
      return never;
    }
  }
}

/** How the running process stops, whatever asks it to. */
export function createStopper(options: StopperOptions): Stopper {
  const { inFlight, health, logger } = options;
  let stopping = false;
  const again = (signal: StopSignal) => {
    logger.warn(
      { signal, inFlight: inFlight.size, drainTimeoutMs: options.drainTimeoutMs },
      'already stopping: the work in flight is still being finished',
    );
  };
  return {
    again,
    stop(reason) {
      if (stopping) {
        if (reason.type === 'signal') again(reason.signal);
        return;
      }
      stopping = true;
      health.stopping();
      logger.info(
        { reason, inFlight: inFlight.size, drainTimeoutMs: options.drainTimeoutMs },
        'stopping: taking no new work, finishing the work in flight',
      );
      const code = exitCodeFor(reason);
      void drain({
        adapters: options.adapters,
        ...(options.digests ? { digests: options.digests } : {}),
        ...(options.afterAdapters ? { afterAdapters: options.afterAdapters } : {}),
        inFlight,
        timeoutMs: options.drainTimeoutMs,
        logger,
        ...(options.timer ? { timer: options.timer } : {}),
        ...(options.now ? { now: options.now } : {}),
      })
        .then(
          (outcome) => logger.info({ outcome: outcome.type, drainMs: outcome.ms, exitCode: code }, 'stopped'),
          (err: unknown) => logger.error({ err, exitCode: code }, 'the stop failed; exiting anyway'),
        )
        .finally(() => options.exit(code));
    },
  };
}
