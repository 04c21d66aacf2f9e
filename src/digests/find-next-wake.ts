import { type SchedulerDeps, serves } from './scheduler-deps.js';

/**
 * When the scheduler must wake next: the earliest slot of a subscription this process serves,
 * the earliest retry, and never later than `maxSleepMs` (to see other processes' subscriptions).
 */
export async function findNextWake(t: Date, deps: SchedulerDeps): Promise<Date> {
  const { store, nextRuns } = deps;
  let earliest = t.getTime() + deps.maxSleepMs;
  const subscriptions = await store.listSubscriptions({ active: true });
  nextRuns.keepOnly(new Set(subscriptions.map((s) => s.id)));
  for (const subscription of subscriptions) {
    if (!serves(deps, subscription.target.platform)) continue;
    const next = nextRuns.nextAfter(subscription.id, subscription.schedule, subscription.timezone, t);
    if (next) earliest = Math.min(earliest, next.getTime());
  }
  const pending = await store.nextPendingAt();
  if (pending) earliest = Math.min(earliest, pending.getTime());
  return new Date(Math.max(earliest, t.getTime()));
}
