import { resumeDelivery } from './resume-delivery.js';
import { runDueSlots } from './run-due-slots.js';
import { emptyReport, type SchedulerDeps, serves, type TickReport } from './scheduler-deps.js';

/** What a tick remembers for the next: the knowledge whose cases the store already recorded. */
export interface TickMemory {
  recordedHash?: string;
}

/**
 * One pass at `t`: records cases new to the catalogue (once per knowledge), then resumes the
 * deliveries due again and posts the slots due, of the platforms this process serves. One
 * subscription's failure is logged and does not stop the others.
 */
export async function runDigestTick(t: Date, deps: SchedulerDeps, memory: TickMemory): Promise<TickReport> {
  const { store, logger } = deps;
  const report = emptyReport();
  const { hash, cases } = deps.knowledge.knowledge;
  if (hash !== memory.recordedHash) {
    const added = await store.recordCases(
      cases.map((item) => item.id),
      t,
    );
    if (added > 0) logger.info({ added }, 'cases added to the digest catalogue');
    memory.recordedHash = hash;
  }
  for (const delivery of await store.dueDeliveries(t)) {
    if (!serves(deps, delivery.target.platform)) continue;
    await resumeDelivery(delivery, t, report, deps).catch((err: unknown) => {
      logger.error({ err, deliveryId: delivery.id }, 'could not resume a digest delivery');
    });
  }
  for (const subscription of await store.listSubscriptions({ active: true })) {
    if (!serves(deps, subscription.target.platform)) continue;
    await runDueSlots(subscription, t, report, deps).catch((err: unknown) => {
      logger.error({ err, subscriptionId: subscription.id }, 'could not run a digest slot');
    });
  }
  return report;
}
