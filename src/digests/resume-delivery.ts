import { deliverDigest } from './deliver-digest.js';
import { deliveryContext, type SchedulerDeps, type TickReport } from './scheduler-deps.js';
import type { Delivery } from './subscription.js';

/**
 * Takes over a delivery that is due again: a retry whose time came, or a claim whose process
 * crashed (its lease ended). Only the process that wins the take posts it.
 */
export async function resumeDelivery(
  delivery: Delivery,
  t: Date,
  report: TickReport,
  deps: SchedulerDeps,
): Promise<void> {
  const { store, logger } = deps;
  const taken = await store.takeDelivery(delivery.id, t, new Date(t.getTime() + deps.leaseMs));
  if (!taken) return;
  const subscription = await store.getSubscription(taken.subscriptionId);
  // A crash or a transient error may have posted it; a rate limit means it was refused.
  const interrupted = delivery.status === 'claimed';
  const checkFirst = interrupted || delivery.lastErrorKind !== 'rate-limited';
  if (interrupted) logger.warn({ deliveryId: delivery.id }, 'taking over an interrupted digest');
  const context = deliveryContext(deps, taken.target.platform);
  report[await deliverDigest(context, taken, subscription, t, { checkFirst, interrupted })] += 1;
}
