import type { Logger } from '../logger.js';
import type { DeliveryContext, DeliveryOutcome, RetryPolicy } from './deliver-digest.js';
import type { DigestPoster } from './digest-poster.js';
import type { DigestStore } from './digest-store.js';
import type { NextRunCache } from './next-run-cache.js';
import type { CountryLookup } from './parse-subscription.js';
import type { DigestKnowledge } from './pick-digest-cases.js';
import type { DigestPlatform } from './subscription.js';

/** What one tick did, per delivery outcome; `claimed` counts slots this process won. */
export type TickReport = Record<DeliveryOutcome | 'claimed', number>;

export function emptyReport(): TickReport {
  return { claimed: 0, sent: 0, recovered: 0, retrying: 0, failed: 0, paused: 0, skipped: 0 };
}

/** The scheduler's options with every default applied: what each step of a tick works with. */
export interface SchedulerDeps {
  store: DigestStore;
  posters: Partial<Record<DigestPlatform, DigestPoster>>;
  knowledge: DigestKnowledge;
  countries: CountryLookup;
  logger: Logger;
  retry: RetryPolicy;
  leaseMs: number;
  graceMs: number;
  /** How old a missed slot may be and still be posted: never less than the grace period. */
  catchupMs: number;
  maxSleepMs: number;
  random: (() => number) | undefined;
  nextRuns: NextRunCache;
}

/** Whether this process runs the platform's adapter: other platforms' digests wait for theirs. */
export function serves(deps: SchedulerDeps, platform: DigestPlatform): boolean {
  return deps.posters[platform] !== undefined;
}

/** What posting one delivery to `platform` needs; call it only for a platform it {@link serves}. */
export function deliveryContext(deps: SchedulerDeps, platform: DigestPlatform): DeliveryContext {
  const poster = deps.posters[platform];
  if (!poster) throw new Error(`no ${platform} poster: its digests are not this process's to post`);
  const { store, knowledge, countries, logger, retry, catchupMs, graceMs } = deps;
  return { store, poster, knowledge, countries, logger, retry, catchupMs, graceMs };
}
