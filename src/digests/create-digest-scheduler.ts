import type { Logger } from '../logger.js';
import {
  DEFAULT_RETRY_POLICY,
  type DeliveryContext,
  type DeliveryOutcome,
  deliverDigest,
  type RetryPolicy,
} from './deliver-digest.js';
import type { DigestPoster } from './digest-poster.js';
import type { DigestStore } from './digest-store.js';
import { createNextRunCache } from './next-run-cache.js';
import type { CountryLookup } from './parse-subscription.js';
import { type DigestKnowledge, pickDigestCases } from './pick-digest-cases.js';
import { randomId } from './random-id.js';
import { latestRunAtOrBefore, runsBetween } from './schedule.js';
import { realTimer, type ScheduleTimer } from './schedule-timer.js';
import type { Delivery, DigestPlatform, Subscription } from './subscription.js';

/** A claim outlives a crashed process by this long before another process may take it over. */
export const DEFAULT_LEASE_MS = 3 * 60_000;
/** A slot posted within this long of its time is on time; later, it is marked late. */
export const DEFAULT_GRACE_MS = 2 * 60_000;
/** The scheduler wakes at least this often, to see subscriptions made by other processes. */
export const MAX_SLEEP_MS = 60_000;
/** Missed slots recorded as skipped per subscription and tick; older ones are only counted in the log. */
export const MAX_SKIPPED_RECORDED = 50;

export type { ScheduleTimer };

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
  timer?: ScheduleTimer;
  retry?: Partial<RetryPolicy>;
  leaseMs?: number;
  graceMs?: number;
  /** Longest sleep between ticks (default {@link MAX_SLEEP_MS}). */
  maxSleepMs?: number;
  random?: () => number;
}

/** What one tick did, per delivery outcome; `claimed` counts slots this process won. */
export type TickReport = Record<DeliveryOutcome | 'claimed', number>;

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

function emptyReport(): TickReport {
  return { claimed: 0, sent: 0, recovered: 0, retrying: 0, failed: 0, paused: 0, skipped: 0 };
}

/**
 * Posts digests exactly once per slot. Every slot is claimed in the store before it is posted,
 * so processes sharing a database never both post one and a restart never re-posts one; a
 * claim left by a crash is taken over once its lease ends and resolved with findDelivery.
 */
export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const { store, logger, now } = options;
  const timer = options.timer ?? realTimer;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const maxSleepMs = options.maxSleepMs ?? MAX_SLEEP_MS;
  // A slot within the grace period is on time, so a catch-up of 0 still posts on-time slots.
  const catchupMs = Math.max(options.catchupMs, graceMs);
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  let queue: Promise<unknown> = Promise.resolve();
  let cancelTimer: (() => void) | undefined;
  let wakeAt: Date | undefined;
  let stopped = false;
  let recordedHash: string | undefined;
  const nextRuns = createNextRunCache();

  const served = (platform: DigestPlatform) => options.posters[platform] !== undefined;
  const contextFor = (platform: DigestPlatform): DeliveryContext => ({
    store,
    poster: options.posters[platform]!,
    knowledge: options.knowledge,
    countries: options.countries,
    logger,
    retry,
    catchupMs,
    graceMs,
  });

  async function resume(delivery: Delivery, t: Date, report: TickReport) {
    const taken = await store.takeDelivery(delivery.id, t, new Date(t.getTime() + leaseMs));
    if (!taken) return;
    const subscription = await store.getSubscription(taken.subscriptionId);
    // A crash or a transient error may have posted it; a rate limit means it was refused.
    const interrupted = delivery.status === 'claimed';
    const checkFirst = interrupted || delivery.lastErrorKind !== 'rate-limited';
    if (delivery.status === 'claimed')
      logger.warn({ deliveryId: delivery.id }, 'taking over an interrupted digest');
    report[
      await deliverDigest(contextFor(taken.target.platform), taken, subscription, t, {
        checkFirst,
        interrupted,
      })
    ] += 1;
  }

  async function runSlots(subscription: Subscription, t: Date, report: TickReport) {
    const { schedule, timezone } = subscription;
    const last = await store.lastScheduledAt(subscription.id);
    const anchor = new Date(Math.max(subscription.activeSince.getTime(), last?.getTime() ?? 0));
    const due = nextRuns.nextAfter(subscription.id, schedule, timezone, anchor);
    if (!due || due.getTime() > t.getTime()) return;
    const latest = latestRunAtOrBefore(schedule, timezone, t);
    if (!latest || latest.getTime() <= anchor.getTime()) return;
    const inWindow = t.getTime() - latest.getTime() <= catchupMs;
    const missed = runsBetween(
      schedule,
      timezone,
      anchor,
      new Date(latest.getTime() - 1),
      MAX_SKIPPED_RECORDED,
    );
    if (!inWindow) missed.push(latest);
    const base = {
      subscriptionId: subscription.id,
      target: subscription.target,
      late: false,
      caseIds: [],
      newCaseIds: [],
    };
    for (const scheduledAt of missed) {
      const error = 'missed while casebot was not running';
      const id = `dl-${randomId(10, options.random)}`;
      await store.claimSlot({ ...base, id, scheduledAt, status: 'skipped', claimedAt: t, error });
    }
    if (missed.length > 0) {
      const log = {
        subscriptionId: subscription.id,
        skipped: missed.length,
        first: missed[0],
        last: missed.at(-1),
      };
      logger.warn(log, 'missed digest slots skipped (older than the catch-up window, or not the latest)');
      report.skipped += missed.length;
    }
    if (!inWindow) return;
    const late = t.getTime() - latest.getTime() > graceMs;
    const { newCases, cases } = await pickDigestCases(store, options.knowledge, subscription);
    const id = `dl-${randomId(10, options.random)}`;
    const claim = {
      ...base,
      id,
      scheduledAt: latest,
      late,
      caseIds: cases.map((item) => item.id),
      newCaseIds: newCases.map((item) => item.id),
      claimedAt: t,
    };
    if (newCases.length + cases.length === 0) {
      await store.claimSlot({ ...claim, status: 'skipped', error: 'no case matches the filters' });
      logger.warn({ subscriptionId: subscription.id }, 'no case matches the digest filters; slot skipped');
      report.skipped += 1;
      return;
    }
    const leaseUntil = new Date(t.getTime() + leaseMs);
    if (!(await store.claimSlot({ ...claim, status: 'claimed', leaseUntil }))) return;
    report.claimed += 1;
    const delivery: Delivery = { ...claim, status: 'claimed', attempts: 1, leaseUntil };
    const context = contextFor(subscription.target.platform);
    report[await deliverDigest(context, delivery, subscription, t, { checkFirst: false })] += 1;
  }

  async function runTick(): Promise<TickReport> {
    const t = now();
    const report = emptyReport();
    const { hash, cases } = options.knowledge.knowledge;
    if (hash !== recordedHash) {
      const added = await store.recordCases(
        cases.map((item) => item.id),
        t,
      );
      if (added > 0) logger.info({ added }, 'cases added to the digest catalogue');
      recordedHash = hash;
    }
    for (const delivery of await store.dueDeliveries(t)) {
      if (!served(delivery.target.platform)) continue;
      await resume(delivery, t, report).catch((err: unknown) => {
        logger.error({ err, deliveryId: delivery.id }, 'could not resume a digest delivery');
      });
    }
    for (const subscription of await store.listSubscriptions({ active: true })) {
      if (!served(subscription.target.platform)) continue;
      await runSlots(subscription, t, report).catch((err: unknown) => {
        logger.error({ err, subscriptionId: subscription.id }, 'could not run a digest slot');
      });
    }
    return report;
  }

  async function nextWake(t: Date): Promise<Date> {
    let earliest = t.getTime() + maxSleepMs;
    const subscriptions = await store.listSubscriptions({ active: true });
    nextRuns.keepOnly(new Set(subscriptions.map((s) => s.id)));
    for (const subscription of subscriptions) {
      if (!served(subscription.target.platform)) continue;
      const next = nextRuns.nextAfter(subscription.id, subscription.schedule, subscription.timezone, t);
      if (next) earliest = Math.min(earliest, next.getTime());
    }
    const pending = await store.nextPendingAt();
    if (pending) earliest = Math.min(earliest, pending.getTime());
    return new Date(Math.max(earliest, t.getTime()));
  }

  /** Sets the timer for the next wake-up; never rejects, so a failing store cannot stop the scheduler. */
  async function arm(): Promise<void> {
    if (stopped) return;
    const t = now();
    let at: Date;
    try {
      at = await nextWake(t);
    } catch (err) {
      logger.error({ err }, 'could not compute the next digest run; trying again soon');
      at = new Date(t.getTime() + maxSleepMs);
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
      const run = queue.then(runTick);
      queue = run.catch(() => undefined);
      return run;
    },
    async start() {
      stopped = false;
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
      cancelTimer?.();
      cancelTimer = undefined;
      wakeAt = undefined;
      await queue;
    },
  };
  return scheduler;
}
