import { describeContents, describeNextRun } from './describe-subscription.js';
import type { CountryLookup } from './parse-subscription.js';
import { describeSchedule } from './schedule.js';
import type { DigestPlatform, DigestTarget, Subscription } from './subscription.js';

/** One digest as a person choosing what to pause sees it: plain words, no platform markup. */
export interface DigestSummary {
  id: string;
  target: DigestTarget;
  /** `every Monday at 09:00 UTC` */
  schedule: string;
  /** `3 cases per digest, 🇫🇷 France · topic: health` */
  contents: string;
  /** Why it posts nothing: a user paused it, or the platform refused a post (its word for it). */
  paused?: { by: 'user' | 'error'; reason: string };
  /** `next on Mon 30 Nov 2026 09:00` or `no further runs`; absent while paused. */
  next?: string;
}

/** The digests of a workspace or server, or why they cannot be read (the store failed). */
export type DigestOverview =
  | { type: 'available'; digests: DigestSummary[] }
  | { type: 'unavailable'; reason: string };

/** Which digests an overview covers: one platform's, of one workspace or server. */
export interface DigestOverviewScope {
  platform: DigestPlatform;
  teamId?: string;
}

/** A subscription in words, as `digest list` describes it. */
export function summariseSubscription(s: Subscription, countries: CountryLookup, now: Date): DigestSummary {
  const summary: DigestSummary = {
    id: s.id,
    target: s.target,
    schedule: describeSchedule(s.schedule, s.timezone),
    contents: describeContents(s, countries),
  };
  if (s.paused) summary.paused = { by: s.paused.by, reason: s.paused.reason };
  else summary.next = describeNextRun(s, now);
  return summary;
}

/** Whether a subscription belongs to the scope's workspace or server. */
export function inScope(target: DigestTarget, scope: DigestOverviewScope): boolean {
  return target.platform === scope.platform && (target.teamId ?? '') === (scope.teamId ?? '');
}
