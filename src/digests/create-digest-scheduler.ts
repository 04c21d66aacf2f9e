import type { Logger } from '../logger.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './deliver-digest.js';
import type { DigestPoster } from './digest-poster.js';
import type { DigestStore } from './digest-store.js';
import { findNextWake } from './find-next-wake.js';
import { createNextRunCache } from './next-run-cache.js';
import type { CountryLookup } from './parse-subscription.js';
import type { DigestKnowledge } from './pick-digest-cases.js';
import { runDigestTick, type TickMemory } from './run-digest-tick.js';
import { realTimer, type ScheduleTimer } from './schedule-timer.js';
import type { SchedulerDeps, TickReport } from './scheduler-deps.js';
import type { DigestPlatform } from './subscription.js';
import type { SubscriptionChanges } from './subscription-changes.js';

/** A claim outlives a crashed process by this long before another process may take it over. */
export const DEFAULT_LEASE_MS = 3 * 60_000;
/** A slot posted within this long of its time is on time; later, it is marked late. */
export const DEFAULT_GRACE_MS = 2 * 60_000;
/** The scheduler wakes at least this often, to see subscriptions made by other processes. */
export const MAX_SLEEP_MS = 60_000;

export type { ScheduleTimer, TickReport };

export interface DigestSchedulerOptions {
  store: DigestStore;
  /** One per running chat adapter; subscriptions of other platforms are left alone. */
  posters: Partial<Record<DigestPlatform, DigestPoster>>;
  knowledge: DigestKnowledge;
  countries: CountryLookup;
  logger: Logger;
  now: () => Date;
  /** DIGEST_CATCHUP: how old a missed slot may be and still be posted (late) at start. */
  catchupMs: number;
  /** The digest handler's changes: once started, the scheduler re-arms its timer on each. */
  changes?: Pick<SubscriptionChanges, 'listen'>;
  timer?: ScheduleTimer;
  retry?: Partial<RetryPolicy>;
  leaseMs?: number;
  graceMs?: number;
  /** Longest sleep between ticks (default {@link MAX_SLEEP_MS}). */
  maxSleepMs?: number;
  random?: () => number;
}

export interface DigestScheduler {
  /** Recovers interrupted deliveries, posts what is due, then keeps waking itself up. */
  start(): Promise<TickReport>;
  /** Processes everything due at `now()`: retries, expired claims, slots. Ticks never overlap. */
  tick(): Promise<TickReport>;
  /** Re-computes the next wake-up, e.g. after a subscription was added. */
  reschedule(): void;
  /** When the armed timer fires, if armed. */
  readonly wakeAt: Date | undefined;
  /** Cancels the timer and waits for the current tick. */
  stop(): Promise<void>;
}

/**
 * Posts digests exactly once per slot. Every slot is claimed in the store before it is posted,
 * so processes sharing a database never both post one and a restart never re-posts one; a
 * claim left by a crash is taken over once its lease ends and resolved with findDelivery.
 */
export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const { logger, now } = options;
  const timer = options.timer ?? realTimer;
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const deps: SchedulerDeps = {
    store: options.store,
    posters: options.posters,
    knowledge: options.knowledge,
    countries: options.countries,
    logger,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    graceMs,
    // A slot within the grace period is on time, so a catch-up of 0 still posts on-time slots.
    catchupMs: Math.max(options.catchupMs, graceMs),
    maxSleepMs: options.maxSleepMs ?? MAX_SLEEP_MS,
    random: options.random,
    nextRuns: createNextRunCache(),
  };
  const memory: TickMemory = {};
  let queue: Promise<unknown> = Promise.resolve();
  let cancelTimer: (() => void) | undefined;
  let wakeAt: Date | undefined;
  let stopped = false;
  let stopListening: (() => void) | undefined;

  /** Sets the timer for the next wake-up; never rejects, so a failing store cannot stop the scheduler. */
  async function arm(): Promise<void> {
    if (stopped) return;
    const t = now();
    let at: Date;
    try {
      at = await findNextWake(t, deps);
    } catch (err) {
      logger.error({ err }, 'could not compute the next digest run; trying again soon');
      at = new Date(t.getTime() + deps.maxSleepMs);
    }
    if (stopped) return;
    cancelTimer?.();
    wakeAt = at;
    cancelTimer = timer(async () => {
      cancelTimer = undefined;
      wakeAt = undefined;
      try {
        await scheduler.tick();
      } catch (err) {
        logger.error({ err }, 'digest tick failed');
      }
      await arm();
    }, at.getTime() - t.getTime());
  }

  const scheduler: DigestScheduler = {
    tick() {
      const run = queue.then(() => runDigestTick(now(), deps, memory));
      queue = run.catch(() => undefined);
      return run;
    },
    async start() {
      stopped = false;
      stopListening ??= options.changes?.listen(() => scheduler.reschedule());
      const report = await scheduler.tick();
      logger.info({ ...report }, 'digest scheduler started');
      await arm();
      return report;
    },
    reschedule() {
      void arm();
    },
    get wakeAt() {
      return wakeAt;
    },
    async stop() {
      stopped = true;
      stopListening?.();
      stopListening = undefined;
      cancelTimer?.();
      cancelTimer = undefined;
      wakeAt = undefined;
      await queue;
    },
  };
  return scheduler;
}
