import type { Case } from '../knowledge/case.js';
import type { Logger } from '../logger.js';
import { buildDigestMessage } from './build-digest-message.js';
import { DigestPostError, type DigestPoster } from './digest-poster.js';
import type { DigestStore } from './digest-store.js';
import type { CountryLookup } from './parse-subscription.js';
import type { DigestKnowledge } from './pick-digest-cases.js';
import type { Delivery, Subscription } from './subscription.js';

/** How failed posts are retried. Delays double from `baseDelayMs` up to `maxDelayMs`. */
export interface RetryPolicy {
  /** Attempts in all, the first included; then the delivery is marked failed. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

/** What one attempt did, for the scheduler's tick report. */
export type DeliveryOutcome = 'sent' | 'recovered' | 'retrying' | 'failed' | 'paused' | 'skipped';

export interface DeliveryContext {
  store: DigestStore;
  poster: DigestPoster;
  knowledge: DigestKnowledge;
  countries: CountryLookup;
  logger: Logger;
  retry: RetryPolicy;
  catchupMs: number;
  graceMs: number;
}

/** Each knowledge's cases by id, made once per cases array rather than once per delivery. */
const caseIndexes = new WeakMap<readonly Case[], ReadonlyMap<string, Case>>();

function casesById(cases: readonly Case[]): ReadonlyMap<string, Case> {
  let byId = caseIndexes.get(cases);
  if (!byId) {
    byId = new Map(cases.map((item) => [item.id, item]));
    caseIndexes.set(cases, byId);
  }
  return byId;
}

/** Anything a poster throws becomes a DigestPostError; an unclassified error may be passing. */
export function asPostError(err: unknown): DigestPostError {
  if (err instanceof DigestPostError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new DigestPostError('transient', reason, { cause: err });
}

export function retryDelayMs(error: DigestPostError, attempts: number, policy: RetryPolicy): number {
  if (error.retryAfterMs !== undefined) return Math.max(0, error.retryAfterMs);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

async function handleFailure(
  ctx: DeliveryContext,
  delivery: Delivery,
  subscription: Subscription,
  err: unknown,
  now: Date,
): Promise<DeliveryOutcome> {
  const error = asPostError(err);
  const log = { subscriptionId: subscription.id, deliveryId: delivery.id, target: delivery.target };
  if (error.kind === 'permanent') {
    await ctx.store.markFailed(delivery.id, { error: error.reason, kind: 'permanent' });
    await ctx.store.pauseSubscription(subscription.id, { by: 'error', reason: error.reason, at: now });
    ctx.logger.warn({ ...log, reason: error.reason }, 'digest refused by the platform; subscription paused');
    return 'paused';
  }
  if (delivery.attempts >= ctx.retry.maxAttempts) {
    const message = `${error.reason} (gave up after ${delivery.attempts} attempts)`;
    await ctx.store.markFailed(delivery.id, { error: message, kind: error.kind });
    ctx.logger.error({ ...log, err: error, attempts: delivery.attempts }, 'digest post failed for good');
    return 'failed';
  }
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(error, delivery.attempts, ctx.retry));
  await ctx.store.markRetrying(delivery.id, { error: error.reason, kind: error.kind, nextAttemptAt });
  ctx.logger.warn(
    { ...log, kind: error.kind, reason: error.reason, attempts: delivery.attempts, nextAttemptAt },
    'digest post failed; will retry',
  );
  return 'retrying';
}

/**
 * Makes one attempt at a delivery this process has claimed. With `checkFirst` (a claim left by
 * a crash, or a retry after an error that may have posted anyway) it first looks for the
 * delivery in the channel, so that a digest is never posted twice. An `interrupted` delivery
 * that is not there and is older than the catch-up window is skipped, like any missed slot.
 */
export async function deliverDigest(
  ctx: DeliveryContext,
  delivery: Delivery,
  subscription: Subscription | undefined,
  now: Date,
  options: { checkFirst: boolean; interrupted?: boolean },
): Promise<DeliveryOutcome> {
  if (!subscription || subscription.paused) {
    const reason = subscription ? 'subscription paused' : 'unsubscribed';
    await ctx.store.markSkipped(delivery.id, reason);
    return 'skipped';
  }
  const log = { subscriptionId: subscription.id, deliveryId: delivery.id, target: delivery.target };
  const age = now.getTime() - delivery.scheduledAt.getTime();
  const late = delivery.late || age > ctx.graceMs;
  try {
    if (options.checkFirst) {
      const messageId = await ctx.poster.findDelivery(delivery.target, delivery.id, delivery.scheduledAt);
      if (messageId !== undefined) {
        await ctx.store.markSent(delivery.id, { messageId, sentAt: now, late: delivery.late });
        ctx.logger.info({ ...log, messageId }, 'interrupted digest found in the channel; marked sent');
        return 'recovered';
      }
      if (options.interrupted && age > ctx.catchupMs) {
        await ctx.store.markSkipped(delivery.id, 'interrupted, and older than the catch-up window');
        ctx.logger.warn(
          { ...log, scheduledAt: delivery.scheduledAt },
          'interrupted digest too old to post; skipped',
        );
        return 'skipped';
      }
    }
    const byId = casesById(ctx.knowledge.knowledge.cases);
    const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
    const message = buildDigestMessage({
      subscription,
      deliveryId: delivery.id,
      scheduledAt: delivery.scheduledAt,
      late,
      newCases: pick(delivery.newCaseIds),
      cases: pick(delivery.caseIds),
      countries: ctx.countries,
    });
    if (message.newCases.length + message.cases.length === 0) {
      await ctx.store.markSkipped(delivery.id, 'its cases are no longer in the knowledge');
      return 'skipped';
    }
    const { messageId } = await ctx.poster.post(delivery.target, message);
    await ctx.store.markSent(delivery.id, { messageId, sentAt: now, late });
    ctx.logger.info({ ...log, messageId, late, attempts: delivery.attempts }, 'digest posted');
    return 'sent';
  } catch (err) {
    return handleFailure(ctx, delivery, subscription, err, now);
  }
}
