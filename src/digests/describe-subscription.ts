import { describeFilters } from './build-digest-message.js';
import type { CountryLookup } from './parse-subscription.js';
import { nextRunAfter } from './schedule.js';
import type { Subscription } from './subscription.js';
import { formatInZone } from './time-zone.js';

/** `3 cases per digest, 🇫🇷 France · topic: health`. */
export function describeContents(subscription: Subscription, countries: CountryLookup): string {
  const { count } = subscription;
  return `${count} case${count === 1 ? '' : 's'} per digest, ${describeFilters(subscription, countries)}`;
}

/** The next run after `now`, in the subscription's zone; `undefined` when its schedule has none. */
export function nextRunOf(subscription: Subscription, now: Date): Date | undefined {
  return nextRunAfter(subscription.schedule, subscription.timezone, now);
}

/** `next on Mon 30 Nov 2026 09:00`, or `no further runs`. */
export function describeNextRun(subscription: Subscription, now: Date): string {
  const next = nextRunOf(subscription, now);
  return next ? `next on ${formatInZone(next, subscription.timezone)}` : 'no further runs';
}
