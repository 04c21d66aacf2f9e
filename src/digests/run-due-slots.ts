import { deliverDigest } from './deliver-digest.js';
import { pickDigestCases } from './pick-digest-cases.js';
import { randomId } from './random-id.js';
import { latestRunAtOrBefore, runsBetween } from './schedule.js';
import { deliveryContext, type SchedulerDeps, type TickReport } from './scheduler-deps.js';
import type { Delivery, Subscription } from './subscription.js';

/** Missed slots recorded as skipped per subscription and tick; older ones are only counted in the log. */
export const MAX_SKIPPED_RECORDED = 50;

/**
 * Posts the subscription's latest slot when it is due and within the catch-up window; slots
 * missed before it (casebot was down) are recorded as skipped, never posted in a burst.
 */
export async function runDueSlots(
  subscription: Subscription,
  t: Date,
  report: TickReport,
  deps: SchedulerDeps,
): Promise<void> {
  const { store, logger, catchupMs, graceMs } = deps;
  const { schedule, timezone } = subscription;
  const last = await store.lastScheduledAt(subscription.id);
  const anchor = new Date(Math.max(subscription.activeSince.getTime(), last?.getTime() ?? 0));
  const due = deps.nextRuns.nextAfter(subscription.id, schedule, timezone, anchor);
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
    const id = `dl-${randomId(10, deps.random)}`;
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
  const { newCases, cases } = await pickDigestCases(store, deps.knowledge, subscription);
  const claim = {
    ...base,
    id: `dl-${randomId(10, deps.random)}`,
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
  const leaseUntil = new Date(t.getTime() + deps.leaseMs);
  if (!(await store.claimSlot({ ...claim, status: 'claimed', leaseUntil }))) return;
  report.claimed += 1;
  const delivery: Delivery = { ...claim, status: 'claimed', attempts: 1, leaseUntil };
  const context = deliveryContext(deps, subscription.target.platform);
  report[await deliverDigest(context, delivery, subscription, t, { checkFirst: false })] += 1;
}
