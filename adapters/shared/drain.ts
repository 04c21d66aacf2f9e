import type { Logger } from '../../src/index.js';
import type { InFlight, InFlightEntry } from './in-flight.js';

/** What a stop needs of a running chat adapter. */
export interface DrainableAdapter {
  readonly name: string;
  /** Takes no new work; resolves once nothing more can arrive (Slack: every HTTP exchange ended). */
  stopAccepting(): Promise<void>;
  /** Releases its connections; called once the work in flight is done or abandoned. */
  close(): Promise<void>;
}

/** What a stop needs of the running digests (`RunningDigests` fits). */
export interface DrainableDigests {
  /** Its `stop()` cancels the next tick and waits for a post in flight. */
  scheduler: { stop(): Promise<void> };
  /** Stops the scheduler and closes the store. */
  stop(): Promise<void>;
}

/** Waits `ms`, unless cancelled; injected in tests. */
export type DrainTimer = (ms: number) => { elapsed: Promise<void>; cancel(): void };

const realDrainTimer: DrainTimer = (ms) => {
  let handle: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    handle = setTimeout(resolve, ms);
  });
  return { elapsed, cancel: () => clearTimeout(handle) };
};

/** Closing the connections gets this long on top of the drain, then the process goes anyway. */
export const CLOSE_TIMEOUT_MS = 2000;

/** Something closed once the adapters are (the store, after the gateway lease is given up; the ops listener, last). */
export interface Closable {
  readonly name: string;
  close(): Promise<void>;
}

export interface DrainOptions {
  adapters: DrainableAdapter[];
  digests?: DrainableDigests;
  /** Closed in order after the adapters: what they use while closing stays open until then. */
  afterAdapters?: Closable[];
  inFlight: InFlight;
  /** The bound on waiting for the work in flight (DRAIN_TIMEOUT). */
  timeoutMs: number;
  logger: Logger;
  timer?: DrainTimer;
  /** Clock in ms for the durations reported. */
  now?: () => number;
}

export type DrainOutcome =
  | { type: 'drained'; ms: number }
  | { type: 'timed-out'; ms: number; abandoned: string[] };

/**
 * Stops taking work and finishes what was taken: every adapter stops accepting, a digest post in
 * flight completes, every answer in flight is delivered, and the digest scheduler stops once no
 * request can use it; then the adapters' clients close (giving the gateway lease up), then
 * `afterAdapters` in order (the store, then the ops listener, which answers 503 until then). Waiting is bounded by `timeoutMs`:
 * past it, what is still running is abandoned, named in the log, and the clients close anyway.
 */
export async function drain(options: DrainOptions): Promise<DrainOutcome> {
  const { adapters, digests, inFlight, logger } = options;
  const timer = options.timer ?? realDrainTimer;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const unfinished = new Set<string>();
  const step = async (name: string, work: () => Promise<void>) => {
    unfinished.add(name);
    try {
      await work();
    } catch (err) {
      logger.error({ err, step: name }, 'a stop step failed; going on');
    } finally {
      unfinished.delete(name);
    }
  };

  const finished = (async () => {
    // Digests stop before the clients they post through close (below), and the store closes
    // only after the answers: a digest command in flight still uses it.
    await Promise.all([
      ...adapters.map((adapter) => step(`${adapter.name} receiver`, () => adapter.stopAccepting())),
      ...(digests ? [step('digest post', () => digests.scheduler.stop())] : []),
    ]);
    if (inFlight.size > 0)
      logger.info(
        { inFlight: inFlight.size },
        'stop: no new work is coming; waiting for the answers in flight',
      );
    await inFlight.idle();
    if (digests) await step('digest store', () => digests.stop());
  })();
  const bound = timer(options.timeoutMs);
  const result = await Promise.race([
    finished.then(() => 'drained' as const),
    bound.elapsed.then(() => 'timed-out' as const),
  ]);
  bound.cancel();
  const ms = Math.round(now() - started);
  let outcome: DrainOutcome = { type: 'drained', ms };
  if (result === 'timed-out') {
    const abandoned = [...inFlight.pending().map((entry) => describeEntry(entry, now())), ...unfinished];
    logger.error(
      { abandoned, drainTimeoutMs: options.timeoutMs },
      `stop: the work in flight did not finish within DRAIN_TIMEOUT; abandoning ${abandoned.join(', ')}`,
    );
    outcome = { type: 'timed-out', ms, abandoned };
  }
  await closeAdapters(adapters, timer, logger);
  for (const closable of options.afterAdapters ?? []) await closeBounded(closable, timer, logger);
  return outcome;
}

async function closeBounded(closable: Closable, timer: DrainTimer, logger: Logger): Promise<void> {
  const closing = closable
    .close()
    .catch((err: unknown) => logger.error({ err, step: closable.name }, 'a stop step failed; going on'));
  const bound = timer(CLOSE_TIMEOUT_MS);
  const closed = await Promise.race([closing.then(() => true), bound.elapsed.then(() => false)]);
  bound.cancel();
  if (!closed)
    logger.warn({ closeTimeoutMs: CLOSE_TIMEOUT_MS, step: closable.name }, 'stop: did not close in time');
}

function describeEntry(entry: InFlightEntry, now: number): string {
  const id = entry.id === undefined ? '' : ` ${entry.id}`;
  return `${entry.kind}${id} (running ${Math.round(now - entry.since)} ms)`;
}

async function closeAdapters(adapters: DrainableAdapter[], timer: DrainTimer, logger: Logger) {
  const closing = Promise.all(
    adapters.map((adapter) =>
      adapter.close().catch((err: unknown) => logger.error({ err, adapter: adapter.name }, 'close failed')),
    ),
  );
  const bound = timer(CLOSE_TIMEOUT_MS);
  const closed = await Promise.race([closing.then(() => true), bound.elapsed.then(() => false)]);
  bound.cancel();
  if (!closed) logger.warn({ closeTimeoutMs: CLOSE_TIMEOUT_MS }, 'stop: a client did not close in time');
}
